import { Box, Container, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useHubSummary } from "../hub/queries";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { BuyerFrame } from "./BuyerFrame";
import { buyerRoomKey, type LiveBuyer, useBuyer, useBuyerRoom, useRefreshClaims, useSignOut } from "./buyer-queries";
import { CommentBox } from "./CommentBox";
import { CommentStream } from "./CommentStream";
import { DealCard } from "./DealCard";
import { DrawWinners } from "./DrawWinners";
import { LikeButton } from "./LikeButton";
import { MyOrders } from "./MyOrders";
import { PinnedProduct } from "./PinnedProduct";
import type { LiveRoom } from "./queries";
import { RoomHeader } from "./RoomHeader";
import { useRoomSocket } from "./room-socket";
import { SignInSheet } from "./SignInSheet";
import { StreamPlayer } from "./StreamPlayer";
import { serverNow } from "./server-clock";
import { useLikes } from "./use-likes";

/** 直播间: the buyer's page, public and phone-sized, live over the room's WebSocket. */
export function BuyerRoomPage() {
  const { roomId = "" } = useParams();
  const room = useBuyerRoom(roomId);
  const buyer = useBuyer().data ?? null;
  const signOut = useSignOut();
  const [signingIn, sheet] = useDisclosure();
  return (
    <BuyerFrame buyer={buyer} onSignIn={sheet.open} onSignOut={() => signOut.mutate()}>
      {room.error && (
        <Container py="md">
          <LoadFailed error={room.error} onRetry={() => room.refetch()} />
        </Container>
      )}
      {room.isPending && <PageLoader />}
      {room.data && <Room room={room.data} buyer={buyer} onNeedSignIn={sheet.open} />}
      <SignInSheet roomId={roomId} opened={signingIn} onClose={sheet.close} />
    </BuyerFrame>
  );
}

function Room({ room, buyer, onNeedSignIn }: { room: LiveRoom; buyer: LiveBuyer | null; onNeedSignIn: () => void }) {
  const { t } = useTranslation();
  const refreshClaims = useRefreshClaims();
  const { sendLikes } = useRoomSocket(room.id, buyerRoomKey(room.id), {
    session: buyer?.id,
    onClaim: () => refreshClaims(),
  });
  const like = useLikes(room.id, sendLikes);
  const timeZone = useHubSummary(room.hubId).data?.timeZone;
  const items = new Map(room.items.map((item) => [item.skuId, item]));
  const pinned = room.pinnedSkuId ? items.get(room.pinnedSkuId) : undefined;
  // Newest deal first: the one the anchor just announced is the one people are looking for.
  const deals = [...room.deals].reverse();
  const signedIn = buyer !== null;
  // The pinned product's deal still to be had, the newest first; the card points to it.
  const pinnedDeal = deals.find(
    (deal) => deal.skuId === pinned?.skuId && deal.left > 0 && Date.parse(deal.endsAt) > serverNow(),
  );
  return (
    <Stack gap="sm" pb="md">
      <StreamPlayer url={room.streamUrl} status={room.status} title={room.title} />
      <Stack gap="sm" px="sm">
        <RoomHeader room={room} timeZone={timeZone} />
        <DrawWinners draws={room.draws} myPhone={buyer?.phone} />
        {pinned && <PinnedProduct item={pinned} deal={pinnedDeal} />}
        {deals.map((deal) => (
          <DealCard
            key={deal.id}
            roomId={room.id}
            deal={deal}
            item={items.get(deal.skuId)}
            signedIn={signedIn}
            onNeedSignIn={onNeedSignIn}
          />
        ))}
        {deals.length === 0 && room.status !== "ended" && (
          <Text size="sm" c="dimmed" ta="center">
            {t("live.buyer.noDeals")}
          </Text>
        )}
        {signedIn && <MyOrders roomId={room.id} timeZone={timeZone} />}
        <Box>
          <Text fw={600} size="sm" mb={4}>
            {t("live.comments.title")}
          </Text>
          <CommentStream comments={room.comments} height={200} bare />
        </Box>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Box style={{ flex: 1 }}>
            <CommentBox
              roomId={room.id}
              deals={room.deals}
              signedIn={signedIn}
              onNeedSignIn={onNeedSignIn}
              disabled={room.status === "ended"}
            />
          </Box>
          <LikeButton likes={room.likes} onLike={like} disabled={room.status === "ended"} />
        </Group>
      </Stack>
    </Stack>
  );
}
