import { Box, Button, Group, Text, ThemeIcon } from "@mantine/core";
import { IconLogout, IconUser } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../shell/LanguageSwitch";
import type { LiveBuyer } from "./buyer-queries";

/** A phone-sized page of its own for buyers: no staff menu, the brand, the language, and who is signed in. */
export function BuyerFrame({
  buyer,
  onSignIn,
  onSignOut,
  children,
}: {
  buyer: LiveBuyer | null;
  onSignIn: () => void;
  onSignOut: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box maw={480} mx="auto" mih="100dvh" bg="gray.0">
      <Group
        justify="space-between"
        px="sm"
        h={48}
        bg="white"
        wrap="nowrap"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
      >
        <Group gap={6} wrap="nowrap">
          <ThemeIcon size={26} radius="md" color="red" aria-hidden>
            <Text fw={800} size="sm" c="white">
              淘
            </Text>
          </ThemeIcon>
          <Text fw={700}>{t("live.buyer.brand")}</Text>
        </Group>
        <Group gap={4} wrap="nowrap">
          <LanguageSwitch />
          {buyer ? (
            <Button
              variant="subtle"
              color="gray"
              size="compact-sm"
              rightSection={<IconLogout size={14} />}
              onClick={onSignOut}
              data-testid="buyer-phone"
            >
              {buyer.phone}
            </Button>
          ) : (
            <Button
              variant="light"
              color="red"
              size="compact-sm"
              leftSection={<IconUser size={14} />}
              onClick={onSignIn}
            >
              {t("live.signIn.button")}
            </Button>
          )}
        </Group>
      </Group>
      {children}
    </Box>
  );
}
