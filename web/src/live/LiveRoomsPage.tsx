import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { useHubDay } from "../orders/queries";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { ForSellers } from "./ForSellers";
import { useRooms } from "./queries";
import { RoomCard } from "./RoomCard";

/** 直播: an anchor's rooms, latest first, and the way to schedule the next one. */
export function LiveRoomsPage() {
  const organisation = useCurrentOrganisation();
  if (!organisation) return null;
  if (organisation.kind !== "shop" && organisation.kind !== "supplier") return <ForSellers />;
  return <Rooms orgId={organisation.id} hubId={organisation.hubId} />;
}

function Rooms({ orgId, hubId }: { orgId: string; hubId: string }) {
  const { t } = useTranslation();
  const rooms = useRooms(orgId);
  const { timeZone } = useHubDay(hubId);
  return (
    <Stack maw={900} gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t("live.rooms.title")}</Title>
          <Text size="sm" c="dimmed">
            {t("live.rooms.intro")}
          </Text>
        </div>
        <Button component={Link} to="/live/new" leftSection={<IconCalendarPlus size={18} />}>
          {t("live.rooms.schedule")}
        </Button>
      </Group>
      {rooms.error && <LoadFailed error={rooms.error} onRetry={() => rooms.refetch()} />}
      {rooms.isPending && <PageLoader />}
      {rooms.data?.length === 0 && <Text c="dimmed">{t("live.rooms.empty")}</Text>}
      <Stack gap="sm">
        {rooms.data?.map((room) => (
          <RoomCard key={room.id} room={room} timeZone={timeZone} />
        ))}
      </Stack>
    </Stack>
  );
}
