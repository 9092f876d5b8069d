import { Button, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" py="xl">
      <Title order={2}>{t("notFound.title")}</Title>
      <Text c="dimmed">404</Text>
      <Button component={Link} to="/">
        {t("notFound.back")}
      </Button>
    </Stack>
  );
}
