import { Group, Paper, Text, ThemeIcon, Title } from "@mantine/core";
import { IconTruckDelivery } from "@tabler/icons-react";

/** What a page for one kind of organisation says to the others: whom it is for. */
export function ForOthers({ title, text }: { title: string; text: string }) {
  return (
    <Paper withBorder p="md" maw={720}>
      <Group gap="sm" mb="xs">
        <ThemeIcon variant="light" size="lg">
          <IconTruckDelivery size={22} />
        </ThemeIcon>
        <Title order={2}>{title}</Title>
      </Group>
      <Text>{text}</Text>
    </Paper>
  );
}
