import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, HubParams, OrgParams } from "../../accounts/api-schemas.js";
import { requireHubMember, requireOrg } from "../../accounts/index.js";
import { Product, ProductInput, ProductStatus, SkuFields } from "../api-schemas.js";
import { createProduct, getProduct, supplierProducts, updateProduct } from "../products.js";
import { changeStock, updateSku } from "../stock.js";

const tags = ["catalog"];
const ProductParams = OrgParams.extend({ productId: z.uuid() });
const SkuParams = ProductParams.extend({ skuId: z.uuid() });
const ProductSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  status: ProductStatus,
  moq: z.number(),
  updatedAt: z.date(),
});

export const productRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const supplier = (request: Parameters<typeof requireOrg>[1], orgId: string) =>
      requireOrg(db, request, orgId, { kinds: ["supplier"] });

    app.post(
      "/orgs/:orgId/products",
      {
        schema: {
          tags,
          summary: "List a product with its variants, tiers and stock (suppliers)",
          params: OrgParams,
          body: ProductInput,
          response: { 201: Product, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const scope = await supplier(request, request.params.orgId);
        return reply.status(201).send(await createProduct(db, scope, request.body));
      },
    );

    app.get(
      "/orgs/:orgId/products",
      {
        schema: {
          tags,
          summary: "A supplier's own products, every status, newest first",
          params: OrgParams,
          querystring: z.object({
            status: ProductStatus.optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            offset: z.coerce.number().int().min(0).default(0),
          }),
          response: { 200: z.array(ProductSummary), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => supplierProducts(db, await supplier(request, request.params.orgId), request.query),
    );

    app.get(
      "/orgs/:orgId/products/:productId",
      {
        schema: {
          tags,
          summary: "One of the supplier's products",
          params: ProductParams,
          response: { 200: Product, ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        const scope = await supplier(request, request.params.orgId);
        const product = await getProduct(db, scope.hubId, request.params.productId);
        if (product.supplierId !== scope.orgId)
          return getProduct(db, scope.hubId, "00000000-0000-0000-0000-000000000000");
        return product;
      },
    );

    app.patch(
      "/orgs/:orgId/products/:productId",
      {
        schema: {
          tags,
          summary: "Edit a product or change its status (draft, active, archived)",
          params: ProductParams,
          body: ProductInput.pick({
            title: true,
            description: true,
            categoryId: true,
            attributes: true,
            moq: true,
            status: true,
          }).partial(),
          response: { 200: Product, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) =>
        updateProduct(db, await supplier(request, request.params.orgId), request.params.productId, request.body),
    );

    app.put(
      "/orgs/:orgId/products/:productId/skus/:skuId",
      {
        schema: {
          tags,
          summary: "Replace a variant's prices, tiers, weight and size",
          params: SkuParams,
          body: SkuFields,
          response: { 200: Product, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const scope = await supplier(request, request.params.orgId);
        await updateSku(db, scope, request.params.productId, request.params.skuId, request.body);
        return getProduct(db, scope.hubId, request.params.productId);
      },
    );

    app.post(
      "/orgs/:orgId/products/:productId/skus/:skuId/stock",
      {
        schema: {
          tags,
          summary: "Set a variant's stock on hand after counting, or move it by a delta",
          params: SkuParams,
          body: z.union([
            z.object({ onHand: z.number().int().min(0).max(10_000_000) }),
            z.object({ delta: z.number().int().min(-10_000_000).max(10_000_000) }),
          ]),
          response: {
            200: z.object({ onHand: z.number(), reserved: z.number(), available: z.number() }),
            ...errors(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        const scope = await supplier(request, request.params.orgId);
        return changeStock(db, scope, request.params.productId, request.params.skuId, request.body);
      },
    );

    app.get(
      "/hubs/:hubId/products/:productId",
      {
        schema: {
          tags,
          summary:
            "A product in the hub's online supermarket (anyone working in the hub; drafts only for their supplier)",
          params: HubParams.extend({ productId: z.uuid() }),
          response: { 200: Product, ...errors(401, 404) },
        },
      },
      async (request) => {
        const caller = await requireHubMember(db, request, request.params.hubId);
        const product = await getProduct(db, caller.hubId, request.params.productId);
        if (product.status !== "active") await requireOrg(db, request, product.supplierId);
        return product;
      },
    );
  };
