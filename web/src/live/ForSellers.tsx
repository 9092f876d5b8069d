import { Group, Paper, Text, ThemeIcon, Title } from "@mantine/core";
import { IconBroadcast } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** What an association or a carrier station sees on the anchors' pages: who goes live. */
export function ForSellers() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" maw={720}>
      <Group gap="sm" mb="xs">
        <ThemeIcon variant="light" size="lg">
          <IconBroadcast size={22} />
        </ThemeIcon>
        <Title order={2}>{t("live.rooms.title")}</Title>
      </Group>
      <Text>{t("live.rooms.forSellers")}</Text>
    </Paper>
  );
}
