import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, unwrap } from "../api/api-error";
import { api } from "../api/client";
import type { components } from "../api/schema.gen";
import { currentLanguage } from "../locales/i18n";

export type Pick = components["schemas"]["Pick"];
export type PriceRule = components["schemas"]["PriceRuleInput"];

const org = (orgId: string) => ({ params: { path: { orgId } } });
const picksKey = (orgId: string) => ["orgs", orgId, "picks"];

export function usePicks(orgId: string) {
  return useQuery({ queryKey: picksKey(orgId), queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/picks", org(orgId))) });
}

export function usePickProduct(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (productId: string) =>
      unwrap(api.POST("/api/orgs/{orgId}/picks", { ...org(orgId), body: { productId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: picksKey(orgId) }),
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
export async function downloadListings(orgId: string): Promise<void> {
  const response = await fetch(`/api/orgs/${orgId}/exports`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": currentLanguage() },
    body: JSON.stringify({ formats: ["shopify", "taobao"] }),
  });
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    throw new ApiError(response.status, body?.error?.code ?? "unexpected", body?.error?.message ?? response.statusText);
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = `taocun-listings-${new Date().toISOString().slice(0, 10)}.zip`;
  link.click();
  URL.revokeObjectURL(link.href);
}
