import { Button, Group, Paper, Stack, TagsInput, TextInput } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { hubTimeInput } from "./hub-time";
import { LineupPicker } from "./LineupPicker";
import { type LineupItem, useCreateRoom } from "./queries";
import { type RoomField, roomInput } from "./room-form";

/** Ten minutes from now, on the hub's clock: enough to set up the phone on its stand. */
const soon = (timeZone: string) => hubTimeInput(new Date(Date.now() + 10 * 60_000), timeZone);

export function ScheduleRoomForm({ orgId, timeZone }: { orgId: string; timeZone: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRoom(orgId);
  const [title, setTitle] = useState("");
  const [time, setTime] = useState(() => soon(timeZone));
  const [streamUrl, setStreamUrl] = useState("");
  const [anchors, setAnchors] = useState<string[]>([]);
  const [lineup, setLineup] = useState<LineupItem[]>([]);
  const [errors, setErrors] = useState<Partial<Record<RoomField, true>>>({});
  const error = (field: RoomField) =>
    errors[field] ? t(`live.schedule.errors.${field}`) : fieldError(create.error, field);

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = roomInput({ title, time, streamUrl, anchors, skuIds: lineup.map((item) => item.skuId) }, timeZone);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) create.mutate(checked.input, { onSuccess: (room) => navigate(`/live/rooms/${room.id}`) });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <TextInput
              label={t("live.schedule.name")}
              placeholder={t("live.schedule.namePlaceholder")}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              error={error("title")}
              maxLength={60}
              withAsterisk
            />
            <TextInput
              type="datetime-local"
              label={t("live.schedule.time")}
              description={t("live.schedule.timeHint", { timeZone })}
              value={time}
              onChange={(event) => setTime(event.currentTarget.value)}
              error={error("time")}
              withAsterisk
            />
            <TextInput
              type="url"
              label={t("live.schedule.stream")}
              description={t("live.schedule.streamHint")}
              placeholder="https://…/live.m3u8"
              value={streamUrl}
              onChange={(event) => setStreamUrl(event.currentTarget.value)}
              error={error("streamUrl")}
            />
            <TagsInput
              label={t("live.schedule.anchors")}
              description={t("live.schedule.anchorsHint")}
              value={anchors}
              onChange={setAnchors}
              maxTags={10}
              clearable
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <LineupPicker orgId={orgId} picked={lineup} onChange={setLineup} error={error("skuIds")} />
        </Paper>
        <FormAlert error={create.error} />
        <Group>
          <Button type="submit" leftSection={<IconCalendarPlus size={18} />} loading={create.isPending}>
            {t("live.schedule.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
