import { ActionIcon, Anchor, Card, CopyButton, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { QrCode } from "./QrCode";

/** The buyer page's link and QR code, to paste into a WeChat group or hold up to the camera. */
export function BuyerLink({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}/live/${roomId}`;
  return (
    <Card withBorder radius="md" padding="sm">
      <Text fw={600} mb={6}>
        {t("live.link.title")}
      </Text>
      <Group gap="md" align="center" wrap="nowrap">
        <QrCode text={url} label={t("live.link.qr")} size={120} />
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed">
            {t("live.link.hint")}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Anchor href={url} target="_blank" size="sm" truncate data-testid="buyer-link">
              {url}
            </Anchor>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Tooltip label={t(copied ? "common.copied" : "common.copy")}>
                  <ActionIcon variant="subtle" onClick={copy} aria-label={t("common.copy")}>
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}
