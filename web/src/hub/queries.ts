import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { OrgKind } from "../accounts/organisations";
import { unwrap } from "../api/api-error";
import { api } from "../api/client";

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
