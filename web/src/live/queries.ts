import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap } from "../api/api-error";
import { api } from "../api/client";
import type { components, paths } from "../api/schema.gen";
import { keepLikes } from "./room-update";

export type LiveRoom = components["schemas"]["LiveRoom"];
export type RoomSummary = components["schemas"]["LiveRoomSummary"];
export type LineupItem = components["schemas"]["LiveRoomItem"];
export type FlashDeal = components["schemas"]["FlashDeal"];
export type LuckyDraw = components["schemas"]["LuckyDraw"];
export type LiveComment = components["schemas"]["LiveComment"];
export type LiveReport = components["schemas"]["LiveReport"];
export type RoomStatus = RoomSummary["status"];

type AnchorRoom = "/api/orgs/{orgId}/live/rooms/{roomId}";
export type RoomInput = paths["/api/orgs/{orgId}/live/rooms"]["post"]["requestBody"]["content"]["application/json"];
export type DealInput = paths[`${AnchorRoom}/deals`]["post"]["requestBody"]["content"]["application/json"];
export type DrawInput = paths[`${AnchorRoom}/draws`]["post"]["requestBody"]["content"]["application/json"];

const org = (orgId: string) => ({ params: { path: { orgId } } });
const inRoom = (orgId: string, roomId: string) => ({ params: { path: { orgId, roomId } } });
const roomsKey = (orgId: string) => ["orgs", orgId, "live", "rooms"];
export const anchorRoomKey = (orgId: string, roomId: string) => [...roomsKey(orgId), roomId];

/** What the seller may line up: a factory's own SKUs, a shop's picks; clearance backlog first. */
export function useSellable(orgId: string, q: string) {
  return useQuery({
    queryKey: ["orgs", orgId, "live", "sellable", q],
    queryFn: () =>
      unwrap(api.GET("/api/orgs/{orgId}/live/sellable", { params: { path: { orgId }, query: { q: q || undefined } } })),
    placeholderData: (previous) => previous,
  });
}

export function useRooms(orgId: string) {
  return useQuery({
    queryKey: roomsKey(orgId),
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/live/rooms", org(orgId))),
  });
}

/** One room as its anchor runs it; the room's WebSocket keeps it current. */
export function useAnchorRoom(orgId: string, roomId: string) {
  return useQuery({
    queryKey: anchorRoomKey(orgId, roomId),
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/live/rooms/{roomId}", inRoom(orgId, roomId))),
    structuralSharing: keepLikes,
  });
}

export function useCreateRoom(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoomInput) => unwrap(api.POST("/api/orgs/{orgId}/live/rooms", { ...org(orgId), body })),
    onSuccess: (room) => {
      queryClient.setQueryData(anchorRoomKey(orgId, room.id), room);
      return queryClient.invalidateQueries({ queryKey: roomsKey(orgId), exact: true });
    },
    meta: { inForm: true },
  });
}

/** Every anchor action answers the room as it now is: the console shows it at once. */
function useRoomAction<V>(orgId: string, roomId: string, act: (variables: V) => Promise<LiveRoom>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: act,
    onSuccess: (room) => {
      queryClient.setQueryData(anchorRoomKey(orgId, roomId), room);
      void queryClient.invalidateQueries({ queryKey: roomsKey(orgId), exact: true });
    },
  });
}

export function useStartRoom(orgId: string, roomId: string) {
  return useRoomAction(orgId, roomId, () =>
    unwrap(api.POST("/api/orgs/{orgId}/live/rooms/{roomId}/start", inRoom(orgId, roomId))),
  );
}

export function useEndRoom(orgId: string, roomId: string) {
  return useRoomAction(orgId, roomId, () =>
    unwrap(api.POST("/api/orgs/{orgId}/live/rooms/{roomId}/end", inRoom(orgId, roomId))),
  );
}

export function usePin(orgId: string, roomId: string) {
  return useRoomAction(orgId, roomId, (skuId: string | null) =>
    unwrap(api.POST("/api/orgs/{orgId}/live/rooms/{roomId}/pin", { ...inRoom(orgId, roomId), body: { skuId } })),
  );
}

export function useLaunchDeal(orgId: string, roomId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DealInput) =>
      unwrap(api.POST("/api/orgs/{orgId}/live/rooms/{roomId}/deals", { ...inRoom(orgId, roomId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: anchorRoomKey(orgId, roomId) }),
    meta: { inForm: true },
  });
}

export function useRunDraw(orgId: string, roomId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DrawInput) =>
      unwrap(api.POST("/api/orgs/{orgId}/live/rooms/{roomId}/draws", { ...inRoom(orgId, roomId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: anchorRoomKey(orgId, roomId) }),
    meta: { inForm: true },
  });
}

export function useReport(orgId: string, roomId: string) {
  return useQuery({
    queryKey: [...anchorRoomKey(orgId, roomId), "report"],
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/live/rooms/{roomId}/report", inRoom(orgId, roomId))),
  });
}
