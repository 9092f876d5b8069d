import { Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../shell/LanguageSwitch";
import { Logo } from "../shell/Logo";

/** The frame of the pages people see before they are logged in. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Container size={440} px="md" py="md">
      <Group justify="space-between" mb="xl">
        <Logo />
        <LanguageSwitch />
      </Group>
      <Stack gap={4} mb="lg">
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed" size="sm">
          {t("app.tagline")}
        </Text>
      </Stack>
      <Paper withBorder radius="md" p={{ base: "md", sm: "xl" }} shadow="xs">
        {children}
      </Paper>
    </Container>
  );
}
