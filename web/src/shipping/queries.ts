import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, unwrap } from "../api/api-error";
import { api } from "../api/client";
import { downloadFile } from "../api/download";
import type { components, paths } from "../api/schema.gen";
import { postFiles } from "../api/upload";

export type CarrierInfo = components["schemas"]["CarrierInfo"];
export type Contract = components["schemas"]["Contract"];
export type RateCard = Contract["card"];
export type SheetRefused = components["schemas"]["SheetRefused"];
export type SheetProblem = SheetRefused["problems"][number];
export type ContractImport =
  paths["/api/hubs/{hubId}/contracts/imports"]["post"]["responses"]["200"]["content"]["application/json"];
export type Quote = components["schemas"]["Quote"];
export type QuoteInput = paths["/api/hubs/{hubId}/quotes"]["post"]["requestBody"]["content"]["application/json"];
export type Allocation = components["schemas"]["Allocation"];
export type AllocationSummary = NonNullable<Allocation["summary"]>;
export type CarrierDay = AllocationSummary["carriers"][number];
export type ShopShare = AllocationSummary["shops"][number];
export type Unallocated = AllocationSummary["unallocated"][number];
export type Waybills = components["schemas"]["Waybills"];
export type ParcelWaybill = components["schemas"]["ParcelWaybill"];
export type Pickup = components["schemas"]["Pickup"];
export type ScanResult = components["schemas"]["ScanResult"];
export type LabelSize = "100x180" | "76x130";

const hub = (hubId: string) => ({ params: { path: { hubId } } });
const org = (orgId: string) => ({ params: { path: { orgId } } });
const contractsKey = (hubId: string) => ["hubs", hubId, "contracts"];
const allocationKey = (hubId: string, date: string) => ["hubs", hubId, "allocations", date];
const preferenceKey = (orgId: string) => ["orgs", orgId, "carrier-preference"];
const pickupsKey = (orgId: string) => ["orgs", orgId, "pickups"];

/** The express companies a hub may contract with: the same list for everyone, rarely read. */
export function useCarriers(hubId: string | undefined) {
  return useQuery({
    queryKey: ["hubs", hubId, "carriers"],
    queryFn: () => unwrap(api.GET("/api/hubs/{hubId}/carriers", hub(hubId ?? ""))),
    enabled: !!hubId,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The provinces a quote takes, each with its prefectures: reference data, read once. */
export function useDestinations(hubId: string) {
  return useQuery({
    queryKey: ["hubs", hubId, "destinations"],
    queryFn: () => unwrap(api.GET("/api/hubs/{hubId}/destinations", hub(hubId))),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The hub's carrier contracts (operators). */
export function useContracts(hubId: string) {
  return useQuery({
    queryKey: contractsKey(hubId),
    queryFn: () => unwrap(api.GET("/api/hubs/{hubId}/contracts", hub(hubId))),
  });
}

/** One rate card (CSV or XLSX) as multipart field `files`; a refused sheet answers with its problems. */
export function useImportRateCard(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("files", file);
      return postFiles<ContractImport>(`/api/hubs/${hubId}/contracts/imports`, form);
    },
    onSuccess: (result) => {
      if (result.ok) return queryClient.invalidateQueries({ queryKey: contractsKey(hubId) });
    },
    meta: { inForm: true },
  });
}

export function useDeleteContract(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (carrier: string) =>
      unwrap(api.DELETE("/api/hubs/{hubId}/contracts/{carrier}", { params: { path: { hubId, carrier } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contractsKey(hubId) }),
  });
}

/** A carrier's rate card as the sheet the upload takes (CSV or XLSX), to change in Excel and upload again. */
export function downloadRateCard(hubId: string, carrier: string, format: "csv" | "xlsx"): Promise<void> {
  return downloadFile(`/api/hubs/${hubId}/contracts/${carrier}/rate-card.${format}`, `价格表-${carrier}.${format}`);
}

/** Every carrier's price for one parcel, cheapest first; any member of the hub may ask. */
export function useQuote(hubId: string) {
  return useMutation({
    mutationFn: (body: QuoteInput) => unwrap(api.POST("/api/hubs/{hubId}/quotes", { ...hub(hubId), body })),
    meta: { inForm: true },
  });
}

/**
 * A day's latest allocation, or null when the day has none; read again every second while it
 * runs, so the page follows it to the end.
 */
export function useAllocation(hubId: string, date: string) {
  return useQuery({
    queryKey: allocationKey(hubId, date),
    queryFn: async (): Promise<Allocation | null> => {
      try {
        return await unwrap(api.GET("/api/hubs/{hubId}/allocations/{date}", { params: { path: { hubId, date } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    refetchInterval: (query) => (query.state.data?.status === "running" ? 1000 : false),
  });
}

/** Starts a day's allocation (202); the page then follows it through useAllocation. */
export function useRunAllocation(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => unwrap(api.POST("/api/hubs/{hubId}/allocations", { ...hub(hubId), body: { date } })),
    onSuccess: (started) => queryClient.invalidateQueries({ queryKey: allocationKey(hubId, started.date) }),
    meta: { inForm: true },
  });
}

/** A day's parcels the shop sells or the supplier sends, with their waybills (and a shop's share). */
export function useWaybills(orgId: string, date: string) {
  return useQuery({
    queryKey: ["orgs", orgId, "waybills", date],
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/waybills", { params: { path: { orgId }, query: { date } } })),
  });
}

/** Every label of the day in one PDF for the thermal printer. */
export function downloadLabels(orgId: string, date: string, size: LabelSize): Promise<void> {
  return downloadFile(`/api/orgs/${orgId}/labels`, `面单-${date}.pdf`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ date, size }),
  });
}

export function useCarrierPreference(orgId: string) {
  return useQuery({
    queryKey: preferenceKey(orgId),
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/carrier-preference", org(orgId))),
  });
}

export function useSaveCarrierPreference(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (carriers: string[]) =>
      unwrap(api.PUT("/api/orgs/{orgId}/carrier-preference", { ...org(orgId), body: { carriers } })),
    onSuccess: (saved) => queryClient.setQueryData(preferenceKey(orgId), saved),
    meta: { inForm: true },
  });
}

/** Per carrier the station collects for: the day's parcels and how many are scanned. */
export function usePickups(orgId: string, date: string) {
  return useQuery({
    queryKey: [...pickupsKey(orgId), date],
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/pickups", { params: { path: { orgId }, query: { date } } })),
  });
}

export function downloadManifest(orgId: string, carrier: string, date: string, format: "pdf" | "csv"): Promise<void> {
  return downloadFile(
    `/api/orgs/${orgId}/pickups/${carrier}/manifest.${format}?date=${date}`,
    `揽收清单-${carrier}-${date}.${format}`,
  );
}

/** One label scanned as the station takes the parcel; the pickups' progress is read again. */
export function useScan(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (trackingNumber: string) =>
      unwrap(api.POST("/api/orgs/{orgId}/scans", { ...org(orgId), body: { trackingNumber } })),
    // Not awaited: the next scan must not wait for the progress to be read again.
    onSuccess: (result) => {
      if (result.outcome === "collected") void queryClient.invalidateQueries({ queryKey: pickupsKey(orgId) });
    },
    meta: { inForm: true },
  });
}

/** The hub's carrier stations by id (operators), to name the one that collects for a contract. */
export function useStations(hubId: string) {
  return useQuery({
    queryKey: ["hubs", hubId, "organisations", "stations"],
    queryFn: () =>
      unwrap(
        api.GET("/api/hubs/{hubId}/organisations", {
          params: { path: { hubId }, query: { kind: "carrier_station", limit: 200, offset: 0 } },
        }),
      ),
    staleTime: 300_000,
  });
}

/** Names the station that collects a carrier's parcels (null: none); the card stays as it is. */
export function useSetStation(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contract, stationId }: { contract: Contract; stationId: string | null }) =>
      unwrap(
        api.PUT("/api/hubs/{hubId}/contracts/{carrier}/station", {
          params: { path: { hubId, carrier: contract.carrier } },
          body: { stationId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contractsKey(hubId) }),
  });
}
