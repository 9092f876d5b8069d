import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap } from "../api/api-error";
import { api } from "../api/client";
import type { components, paths } from "../api/schema.gen";

export type Product = components["schemas"]["Product"];
export type ProductInput = paths["/api/orgs/{orgId}/products"]["post"]["requestBody"]["content"]["application/json"];
export type Category = components["schemas"]["Category"];

const org = (orgId: string) => ({ params: { path: { orgId } } });

export function useMyProducts(orgId: string) {
  return useQuery({
    queryKey: ["orgs", orgId, "products"],
    queryFn: () =>
      unwrap(api.GET("/api/orgs/{orgId}/products", { params: { path: { orgId }, query: { limit: 200 } } })),
  });
}

export function useCreateProduct(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProductInput) => unwrap(api.POST("/api/orgs/{orgId}/products", { ...org(orgId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["orgs", orgId, "products"] }),
    meta: { inForm: true },
  });
}

export function useCategories(hubId: string) {
  return useQuery({
    queryKey: ["hubs", hubId, "categories"],
    queryFn: () => unwrap(api.GET("/api/hubs/{hubId}/categories", { params: { path: { hubId } } })),
    staleTime: 600_000,
  });
}
