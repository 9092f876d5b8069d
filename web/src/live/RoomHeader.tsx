import { Group, Stack, Text, Title } from "@mantine/core";
import { IconEye, IconHeart } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../locales/format";
import type { LiveRoom } from "./queries";
import { StatusBadge } from "./StatusBadge";

/** The room's title, who sells, whether it is on, and how many are watching and liking. */
export function RoomHeader({ room, timeZone }: { room: LiveRoom; timeZone: string | undefined }) {
  const { t, i18n } = useTranslation();
  const count = (value: number) => value.toLocaleString(i18n.language);
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
        <Title order={3} style={{ lineHeight: 1.3 }}>
          {room.title}
        </Title>
        <StatusBadge status={room.status} />
      </Group>
      <Text size="sm" c="dimmed">
        {room.sellerName}
        {room.anchors.length > 0 && ` · ${t("live.rooms.anchors", { anchors: room.anchors.join("、") })}`}
      </Text>
      {room.status === "scheduled" && (
        <Text size="sm" c="orange.8" fw={500}>
          {t("live.buyer.startsAt", { time: formatDateTime(room.scheduledAt, timeZone) })}
        </Text>
      )}
      <Group gap="md">
        <Group gap={4} aria-label={t("live.counters.viewersValue", { count: room.viewers })}>
          <IconEye size={16} />
          <Text size="sm" data-testid="viewers">
            {count(room.viewers)}
          </Text>
        </Group>
        <Group gap={4} aria-label={t("live.counters.likesValue", { count: room.likes })}>
          <IconHeart size={16} />
          <Text size="sm">{count(room.likes)}</Text>
        </Group>
      </Group>
    </Stack>
  );
}
