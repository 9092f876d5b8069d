import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, unwrap } from "../api/api-error";
import { api } from "../api/client";
import type { components } from "../api/schema.gen";

export type Me = components["schemas"]["Me"];
export type MyOrganisation = components["schemas"]["MyOrganisation"];

/** The person logged in on this browser, or null when nobody is. */
export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: async (): Promise<Me | null> => {
    try {
      return await unwrap(api.GET("/api/me"));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export function useMe() {
  return useQuery(meQuery);
}
