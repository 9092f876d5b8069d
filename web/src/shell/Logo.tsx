import { Group, Text, ThemeIcon, UnstyledButton } from "@mantine/core";
import { Link } from "react-router";

export function Logo() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="淘村 taocun">
      <Group gap={8} wrap="nowrap">
        <ThemeIcon size={30} radius="md" aria-hidden>
          <Text fw={800} size="md" c="white">
            淘
          </Text>
        </ThemeIcon>
        <Text fw={700} size="lg">
          淘村
        </Text>
        <Text c="dimmed" size="sm" visibleFrom="xs">
          taocun
        </Text>
      </Group>
    </UnstyledButton>
  );
}
