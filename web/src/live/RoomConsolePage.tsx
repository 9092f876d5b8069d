import { Anchor, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { useHubSummary } from "../hub/queries";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { BuyerLink } from "./BuyerLink";
import { CommentStream } from "./CommentStream";
import { ConsoleHeader } from "./ConsoleHeader";
import { DealsPanel } from "./DealsPanel";
import { DrawPanel } from "./DrawPanel";
import { ForSellers } from "./ForSellers";
import { LineupPanel } from "./LineupPanel";
import { LiveCounters } from "./LiveCounters";
import { anchorRoomKey, useAnchorRoom } from "./queries";
import { useRoomSocket } from "./room-socket";

/** 直播控制台: the anchor's side of a room while it runs, kept current by the room's WebSocket. */
export function RoomConsolePage() {
  const organisation = useCurrentOrganisation();
  const { roomId = "" } = useParams();
  if (!organisation) return null;
  if (organisation.kind !== "shop" && organisation.kind !== "supplier") return <ForSellers />;
  return <Console orgId={organisation.id} roomId={roomId} />;
}

function Console({ orgId, roomId }: { orgId: string; roomId: string }) {
  const { t } = useTranslation();
  const room = useAnchorRoom(orgId, roomId);
  const { connected } = useRoomSocket(roomId, anchorRoomKey(orgId, roomId), { asViewer: false });
  const timeZone = useHubSummary(room.data?.hubId).data?.timeZone;
  if (room.error) return <LoadFailed error={room.error} onRetry={() => room.refetch()} />;
  if (!room.data) return <PageLoader />;
  const live = room.data;
  return (
    <Stack maw={1100} gap="md">
      <Anchor component={Link} to="/live" size="sm">
        {t("live.rooms.back")}
      </Anchor>
      <ConsoleHeader orgId={orgId} room={live} timeZone={timeZone} />
      <LiveCounters room={live} connected={connected} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="md">
        <Stack gap="md">
          <DealsPanel orgId={orgId} room={live} />
          <LineupPanel orgId={orgId} room={live} />
        </Stack>
        <Stack gap="md">
          <BuyerLink roomId={live.id} />
          <CommentStream comments={live.comments} />
          <DrawPanel orgId={orgId} room={live} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
