import { Group, Paper, Text, ThemeIcon, Title } from "@mantine/core";
import { IconReceipt } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** What an association or a carrier station sees on an orders page: whom it is for. */
export function ForShopsAndSuppliers({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" maw={720}>
      <Group gap="sm" mb="xs">
        <ThemeIcon variant="light" size="lg">
          <IconReceipt size={22} />
        </ThemeIcon>
        <Title order={2}>{title}</Title>
      </Group>
      <Text>{t("orders.forShopsAndSuppliers")}</Text>
    </Paper>
  );
}
