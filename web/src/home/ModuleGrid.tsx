import { Badge, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { MODULES } from "../modules/modules";

export function ModuleGrid() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={3}>{t("nav.modules")}</Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        {MODULES.map(({ key, icon: Icon, ready }) => (
          <UnstyledButton key={key} component={Link} to={`/${key}`}>
            <Paper withBorder radius="md" p="sm" h="100%">
              <ThemeIcon variant="light" radius="md" size="lg" mb={6}>
                <Icon size={20} />
              </ThemeIcon>
              <Text fw={600} size="sm">
                {t(`nav.${key}`)}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {t(`modules.${key}.summary`)}
              </Text>
              {!ready && (
                <Badge size="xs" variant="light" color="gray" mt={6}>
                  {t("common.comingSoon")}
                </Badge>
              )}
            </Paper>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
