import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { IconChartLine, IconDeviceDesktop, IconEye, IconHeart } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../locales/format";
import type { RoomSummary } from "./queries";
import { StatusBadge } from "./StatusBadge";

/** One room in the anchor's list: when, who, how it went, and the way into its console or report. */
export function RoomCard({ room, timeZone }: { room: RoomSummary; timeZone: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="sm" data-testid="live-room" data-room={room.id}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} lineClamp={2}>
            {room.title}
          </Text>
          <StatusBadge status={room.status} size="sm" />
        </Group>
        <Text size="sm" c="dimmed">
          {formatDateTime(room.startedAt ?? room.scheduledAt, timeZone)}
          {room.anchors.length > 0 && ` · ${t("live.rooms.anchors", { anchors: room.anchors.join("、") })}`}
        </Text>
        {room.status !== "scheduled" && (
          <Group gap="md">
            <Group gap={4}>
              <IconEye size={16} />
              <Text size="sm">{t("live.rooms.peak", { count: room.peakViewers })}</Text>
            </Group>
            <Group gap={4}>
              <IconHeart size={16} />
              <Text size="sm">{t("live.counters.likesValue", { count: room.likes })}</Text>
            </Group>
          </Group>
        )}
        <Group gap="xs">
          <Button
            component={Link}
            to={`/live/rooms/${room.id}`}
            size="xs"
            variant={room.status === "ended" ? "default" : "filled"}
            leftSection={<IconDeviceDesktop size={16} />}
          >
            {t("live.rooms.console")}
          </Button>
          {room.status !== "scheduled" && (
            <Button
              component={Link}
              to={`/live/rooms/${room.id}/report`}
              size="xs"
              variant="light"
              leftSection={<IconChartLine size={16} />}
            >
              {t("live.rooms.report")}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
