import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, unwrap } from "../api/api-error";
import { api } from "../api/client";
import type { components } from "../api/schema.gen";
import type { LiveRoom } from "./queries";
import { keepLikes } from "./room-update";

export type LiveBuyer = components["schemas"]["LiveBuyer"];
export type LiveClaim = components["schemas"]["LiveClaim"];
export type LiveAddress = components["schemas"]["LiveAddress"];
export type AddressInput = Omit<LiveAddress, "id">;
export type BuyAccepted = components["schemas"]["FlashBuyAccepted"];

export const buyerRoomKey = (roomId: string) => ["live", "rooms", roomId];
const buyerKey = ["live", "me"];
const claimsKey = [...buyerKey, "claims"];
const addressesKey = [...buyerKey, "addresses"];
const room = (roomId: string) => ({ params: { path: { roomId } } });

/** A room as every viewer sees it; public, no log-in. */
export function useBuyerRoom(roomId: string) {
  return useQuery({
    queryKey: buyerRoomKey(roomId),
    queryFn: () => unwrap(api.GET("/api/live/rooms/{roomId}", room(roomId))),
    structuralSharing: keepLikes,
  });
}

/** The buyer signed in on this phone, or null: not being signed in is no error here. */
export function useBuyer() {
  return useQuery({
    queryKey: buyerKey,
    queryFn: async (): Promise<LiveBuyer | null> => {
      try {
        return await unwrap(api.GET("/api/live/me"));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSendCode(roomId: string) {
  return useMutation({
    mutationFn: (phone: string) =>
      unwrap(api.POST("/api/live/rooms/{roomId}/sign-in/code", { ...room(roomId), body: { phone } })),
    meta: { inForm: true },
  });
}

export function useSignIn(roomId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { phone: string; code: string }) =>
      unwrap(api.POST("/api/live/rooms/{roomId}/sign-in", { ...room(roomId), body })),
    onSuccess: (buyer) => {
      queryClient.setQueryData(buyerKey, buyer);
      return queryClient.invalidateQueries({ queryKey: claimsKey });
    },
    meta: { inForm: true },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/live/sign-out")),
    onSuccess: () => {
      queryClient.setQueryData(buyerKey, null);
      queryClient.removeQueries({ queryKey: claimsKey });
      queryClient.removeQueries({ queryKey: addressesKey });
    },
  });
}

/** The buyer's orders from live rooms, newest first. */
export function useClaims(signedIn: boolean) {
  return useQuery({
    queryKey: claimsKey,
    queryFn: () => unwrap(api.GET("/api/live/me/claims")),
    enabled: signedIn,
  });
}

export function useRefreshClaims() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: claimsKey });
}

export function useAddresses(signedIn: boolean) {
  return useQuery({
    queryKey: addressesKey,
    queryFn: () => unwrap(api.GET("/api/live/me/addresses")),
    enabled: signedIn,
  });
}

export function useAddAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddressInput) => unwrap(api.POST("/api/live/me/addresses", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: addressesKey }),
    meta: { inForm: true },
  });
}

export function usePay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ claimId, addressId }: { claimId: string; addressId: string }) =>
      unwrap(api.POST("/api/live/claims/{claimId}/pay", { params: { path: { claimId } }, body: { addressId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: claimsKey }),
    meta: { inForm: true },
  });
}

export type BuyRequest = { dealId: string; quantity: number; key: string };

/** A network failure or a server error: the same request (same key) may simply be sent again. */
export const isTransient = (error: unknown) =>
  error instanceof TypeError || (error instanceof ApiError && error.status >= 500);

/**
 * One tap on 抢购. The key is made per tap by the caller and kept across retries, so a
 * retry after a lost answer gets the first answer instead of buying twice.
 */
export function useBuy(roomId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ dealId, quantity, key }: BuyRequest) =>
      unwrap(
        api.POST("/api/live/deals/{dealId}/buy", {
          params: { path: { dealId }, header: { "idempotency-key": key } },
          body: { quantity },
        }),
      ),
    retry: (failures, error) => isTransient(error) && failures < 3,
    retryDelay: (failures) => 300 * 2 ** failures,
    onSuccess: (accepted, { dealId }) => {
      queryClient.setQueryData<LiveRoom>(buyerRoomKey(roomId), (old) => old && withLeft(old, dealId, accepted.left));
      return queryClient.invalidateQueries({ queryKey: claimsKey });
    },
    meta: { inForm: true },
  });
}

/** The room with one deal's units left as the server last counted them. */
export function withLeft(room: LiveRoom, dealId: string, left: number): LiveRoom {
  return {
    ...room,
    deals: room.deals.map((deal) => (deal.id === dealId ? { ...deal, left, sold: deal.quantity - left } : deal)),
  };
}

export function useComment(roomId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      unwrap(api.POST("/api/live/rooms/{roomId}/comments", { ...room(roomId), body: { text } })),
    onSuccess: (answer) => {
      if (answer.claim) return queryClient.invalidateQueries({ queryKey: claimsKey });
    },
    meta: { inForm: true },
  });
}

/** Likes sent over HTTP when the room's socket is down. */
export function sendLikes(roomId: string, count: number) {
  return unwrap(api.POST("/api/live/rooms/{roomId}/likes", { ...room(roomId), body: { count } }));
}
