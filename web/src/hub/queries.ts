import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OrgKind } from "../accounts/organisations";
import { unwrap } from "../api/api-error";
import { api } from "../api/client";
import type { components } from "../api/schema.gen";

export function useHubSummary(hubId: string | undefined) {
  return useQuery({
    queryKey: ["hubs", hubId],
    queryFn: () => unwrap(api.GET("/api/hubs/{hubId}", { params: { path: { hubId: hubId ?? "" } } })),
    enabled: !!hubId,
  });
}

export const DIRECTORY_PAGE = 50;

export type DirectoryFilter = { kind: OrgKind | null; q: string; page: number };

export function useHubDirectory(hubId: string | undefined, { kind, q, page }: DirectoryFilter) {
  const query = { kind: kind ?? undefined, q: q || undefined, limit: DIRECTORY_PAGE, offset: page * DIRECTORY_PAGE };
  return useQuery({
    queryKey: ["hubs", hubId, "organisations", query],
    queryFn: () =>
      unwrap(api.GET("/api/hubs/{hubId}/organisations", { params: { path: { hubId: hubId ?? "" }, query } })),
    enabled: !!hubId,
    placeholderData: keepPreviousData,
  });
}

export type OrderSettings = components["schemas"]["OrderSettings"];
export type CutoffResult = components["schemas"]["CutoffResult"];
const settingsKey = (hubId: string) => ["hubs", hubId, "order-settings"];

/** The hub's cut-off time and who carries the goods; every member of the hub reads them. */
export function useOrderSettings(hubId: string | undefined) {
  return useQuery({
    queryKey: settingsKey(hubId ?? ""),
    queryFn: () => unwrap(api.GET("/api/hubs/{hubId}/order-settings", { params: { path: { hubId: hubId ?? "" } } })),
    enabled: !!hubId,
    staleTime: 300_000,
  });
}

export function useSaveOrderSettings(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrderSettings) =>
      unwrap(api.PUT("/api/hubs/{hubId}/order-settings", { params: { path: { hubId } }, body })),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey(hubId), saved),
    meta: { inForm: true },
  });
}

/** Today's cut-off, now; a day that already ran answers with its counts and changes nothing. */
export function useRunCutoff(hubId: string) {
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/hubs/{hubId}/cutoff", { params: { path: { hubId } }, body: {} })),
    meta: { inForm: true },
  });
}

const SUPPLIERS_PAGE = 200;

/** Every supplier of the hub by name (operators only), for choosing whose handover differs. */
export function useHubSuppliers(hubId: string) {
  return useQuery({
    queryKey: ["hubs", hubId, "organisations", "suppliers"],
    queryFn: async () => {
      const suppliers: { id: string; name: string }[] = [];
      for (let offset = 0; ; offset += SUPPLIERS_PAGE) {
        const query = { kind: "supplier" as const, limit: SUPPLIERS_PAGE, offset };
        const page = await unwrap(api.GET("/api/hubs/{hubId}/organisations", { params: { path: { hubId }, query } }));
        suppliers.push(...page.map(({ id, name }) => ({ id, name })));
        if (page.length < SUPPLIERS_PAGE) return suppliers;
      }
    },
  });
}
