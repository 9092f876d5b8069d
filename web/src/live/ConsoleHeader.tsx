import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconChartLine, IconPlayerPlay } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../locales/format";
import { ConfirmButton } from "../shell/ConfirmButton";
import { type LiveRoom, useEndRoom, useStartRoom } from "./queries";
import { StatusBadge } from "./StatusBadge";

/** The room's title and status, with the one move it can make next: go live, end, or read the report. */
export function ConsoleHeader({
  orgId,
  room,
  timeZone,
}: {
  orgId: string;
  room: LiveRoom;
  timeZone: string | undefined;
}) {
  const { t } = useTranslation();
  const start = useStartRoom(orgId, room.id);
  const end = useEndRoom(orgId, room.id);
  const when = room.startedAt ?? room.scheduledAt;
  return (
    <Group justify="space-between" align="flex-start" gap="sm">
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={2}>{room.title}</Title>
          <StatusBadge status={room.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t(room.startedAt ? "live.console.startedAt" : "live.console.scheduledAt", {
            time: formatDateTime(when, timeZone),
          })}
          {room.anchors.length > 0 && ` · ${t("live.rooms.anchors", { anchors: room.anchors.join("、") })}`}
        </Text>
      </Stack>
      {room.status === "scheduled" && (
        <Button
          color="red"
          leftSection={<IconPlayerPlay size={18} />}
          loading={start.isPending}
          onClick={() => start.mutate(undefined)}
        >
          {t("live.console.start")}
        </Button>
      )}
      {room.status === "live" && (
        <ConfirmButton
          variant="filled"
          size="sm"
          question={t("live.console.endQuestion")}
          onConfirm={() => end.mutate(undefined)}
          loading={end.isPending}
        >
          {t("live.console.end")}
        </ConfirmButton>
      )}
      {room.status === "ended" && (
        <Button component={Link} to={`/live/rooms/${room.id}/report`} leftSection={<IconChartLine size={18} />}>
          {t("live.rooms.report")}
        </Button>
      )}
    </Group>
  );
}
