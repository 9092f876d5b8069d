import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap } from "../api/api-error";
import { api } from "../api/client";
import type { components, paths } from "../api/schema.gen";
import type { SkuFields } from "./variant-edit";

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

const productKey = (hubId: string, productId: string) => ["hubs", hubId, "products", productId];

/** A product as the supermarket shows it (its own supplier also sees drafts). */
export function useProduct(hubId: string, productId: string) {
  return useQuery({
    queryKey: productKey(hubId, productId),
    queryFn: () =>
      unwrap(api.GET("/api/hubs/{hubId}/products/{productId}", { params: { path: { hubId, productId } } })),
  });
}

/** Saves a variant's new prices (the whole variant is replaced) and then its counted stock. */
export function useSaveVariant(orgId: string, hubId: string, productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ skuId, fields, onHand }: { skuId: string; fields?: SkuFields; onHand?: number }) => {
      const params = { path: { orgId, productId, skuId } };
      if (fields)
        await unwrap(api.PUT("/api/orgs/{orgId}/products/{productId}/skus/{skuId}", { params, body: fields }));
      if (onHand !== undefined)
        await unwrap(
          api.POST("/api/orgs/{orgId}/products/{productId}/skus/{skuId}/stock", { params, body: { onHand } }),
        );
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: productKey(hubId, productId) }),
        queryClient.invalidateQueries({ queryKey: ["orgs", orgId, "products"] }),
        queryClient.invalidateQueries({ queryKey: ["hubs", hubId, "search"] }),
      ]),
    meta: { inForm: true },
  });
}
