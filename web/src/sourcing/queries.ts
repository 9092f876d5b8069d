import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, unwrap } from "../api/api-error";
import { api } from "../api/client";
import { downloadFile } from "../api/download";
import type { components } from "../api/schema.gen";

export type Pick = components["schemas"]["Pick"];
export type PriceRule = components["schemas"]["PriceRuleInput"];

const org = (orgId: string) => ({ params: { path: { orgId } } });
const picksKey = (orgId: string) => ["orgs", orgId, "picks"];

export function usePicks(orgId: string) {
  return useQuery({ queryKey: picksKey(orgId), queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/picks", org(orgId))) });
}

const pickedKey = (orgId: string) => ["orgs", orgId, "picked-products"];

/**
 * Products picked from the supermarket while the app is open: a search that re-renders its
 * results must not show a product the shop just picked as pickable again.
 */
export function usePickedProducts(orgId: string): string[] {
  return useQuery({
    queryKey: pickedKey(orgId),
    queryFn: async () => [] as string[],
    staleTime: Infinity,
    initialData: [],
  }).data;
}

export function usePickProduct(orgId: string) {
  const queryClient = useQueryClient();
  const remember = (productId: string) =>
    queryClient.setQueryData<string[]>(pickedKey(orgId), (picked = []) => [...picked, productId]);
  return useMutation({
    mutationFn: (productId: string) =>
      unwrap(api.POST("/api/orgs/{orgId}/picks", { ...org(orgId), body: { productId } })),
    onSuccess: (_pick, productId) => {
      remember(productId);
      return queryClient.invalidateQueries({ queryKey: picksKey(orgId) });
    },
    onError: (error, productId) => {
      if (error instanceof ApiError && error.status === 409) remember(productId);
    },
  });
}

export function usePriceRule(orgId: string) {
  return useQuery({
    queryKey: ["orgs", orgId, "price-rule"],
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/price-rule", org(orgId))),
  });
}

export function useSetPriceRule(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PriceRule) => unwrap(api.PUT("/api/orgs/{orgId}/price-rule", { ...org(orgId), body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["orgs", orgId, "price-rule"] }),
        queryClient.invalidateQueries({ queryKey: picksKey(orgId) }),
      ]),
    meta: { inForm: true },
  });
}

export function useExportCheck(orgId: string) {
  return useQuery({
    queryKey: ["orgs", orgId, "export-check"],
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/exports/check", org(orgId))),
  });
}

/** Downloads the listing ZIP; a browser form post cannot carry the JSON body and language header. */
export function downloadListings(orgId: string): Promise<void> {
  return downloadFile(`/api/orgs/${orgId}/exports`, `taocun-listings-${new Date().toISOString().slice(0, 10)}.zip`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ formats: ["shopify", "taobao"] }),
  });
}

export type Alert = components["schemas"]["Alert"];
const alertsKey = (orgId: string) => ["orgs", orgId, "alerts"];
const ALERTS_PAGE = 50;

/** The shop's alerts, newest first, a page at a time; `unread` in every page is the shop's count. */
export function useAlerts(orgId: string, unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...alertsKey(orgId), { unreadOnly }],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/orgs/{orgId}/alerts", {
          params: {
            path: { orgId },
            query: { unread: unreadOnly ? "true" : "false", limit: ALERTS_PAGE, offset: pageParam },
          },
        }),
      ),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.alerts.length === ALERTS_PAGE ? pages.length * ALERTS_PAGE : undefined),
  });
}

/** How many alerts the shop has not read, for badges; asked again every minute. */
export function useUnreadAlerts(orgId: string | undefined) {
  return useQuery({
    queryKey: [...alertsKey(orgId ?? ""), "unread"],
    queryFn: () =>
      unwrap(
        api.GET("/api/orgs/{orgId}/alerts", {
          params: { path: { orgId: orgId ?? "" }, query: { unread: "true", limit: 1 } },
        }),
      ),
    select: (inbox) => inbox.unread,
    enabled: orgId !== undefined,
    refetchInterval: 60_000,
  });
}

/** Marks the given alerts read, or every one when no ids are given. */
export function useMarkAlertsRead(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) =>
      unwrap(api.POST("/api/orgs/{orgId}/alerts/read", { ...org(orgId), body: ids ? { ids } : {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertsKey(orgId) }),
  });
}

const feedKey = (orgId: string) => ["orgs", orgId, "stock-feed"];

export function useStockFeed(orgId: string) {
  return useQuery({
    queryKey: feedKey(orgId),
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/stock-feed", org(orgId))),
  });
}

/** Makes the feed's secret URLs, or new ones (the old stop working); the answer is the only time they show. */
export function useMakeStockFeed(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/orgs/{orgId}/stock-feed", org(orgId))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedKey(orgId) }),
  });
}
