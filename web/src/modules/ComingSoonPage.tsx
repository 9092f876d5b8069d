import { Badge, Group, List, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { MODULES, type ModuleKey } from "./modules";

/** What a module not built yet will do, so no menu item leads to a blank page. */
export function ComingSoonPage({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  const Icon = MODULES.find((m) => m.key === module)?.icon ?? MODULES[0].icon;
  const points = t(`modules.${module}.points`, { returnObjects: true });
  return (
    <Stack maw={720} gap="lg">
      <Group gap="sm">
        <ThemeIcon size="xl" radius="md" variant="light">
          <Icon size={26} />
        </ThemeIcon>
        <Title order={2}>{t(`nav.${module}`)}</Title>
        <Badge variant="light" color="gray">
          {t("common.comingSoon")}
        </Badge>
      </Group>
      <Text size="lg">{t(`modules.${module}.summary`)}</Text>
      <Paper withBorder radius="md" p="md">
        <Text fw={500} mb="xs">
          {t("comingSoon.lead")}
        </Text>
        <List spacing="xs">
          {points.map((point) => (
            <List.Item key={point}>{point}</List.Item>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}
