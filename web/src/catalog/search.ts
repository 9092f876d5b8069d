import { useInfiniteQuery } from "@tanstack/react-query";
import { unwrap } from "../api/api-error";
import { api } from "../api/client";
import type { components, paths } from "../api/schema.gen";

export type SearchItem = components["schemas"]["SearchItem"];
export type SearchParams = Omit<
  NonNullable<paths["/api/hubs/{hubId}/products"]["get"]["parameters"]["query"]>,
  "cursor"
>;

/** The supermarket's result pages, fetched one cursor after another as the person scrolls. */
export function useSupermarket(hubId: string, params: SearchParams) {
  return useInfiniteQuery({
    queryKey: ["hubs", hubId, "search", params],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/hubs/{hubId}/products", {
          params: { path: { hubId }, query: { ...params, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: "",
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** A picture's public URL (see the server's catalog/pictures/keys.ts). */
export function pictureUrl(hubId: string, sha256: string, size: 800 | 400 | 160): string {
  return `/media/pictures/${hubId}/${sha256}/${size}.jpg`;
}
