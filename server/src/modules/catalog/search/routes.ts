import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, HubParams } from "../../accounts/api-schemas.js";
import { requireHubMember } from "../../accounts/index.js";
import { Fen } from "../api-schemas.js";
import { SORTS } from "./query.js";
import { searchProducts } from "./service.js";

const tags = ["catalog"];
const Flag = z
  .enum(["true", "false"])
  .transform((value) => value === "true")
  .optional();
// A filter is on when "true"; "false" or leaving it out does not filter.
const Switch = Flag;

const SearchQuery = z.object({
  q: z.string().trim().max(100).optional().describe("Words in Chinese, part of a title, or a SKU code"),
  category: z.uuid().optional().describe("A category; a top-level one includes its children"),
  supplier: z.uuid().optional(),
  priceMin: z.coerce.number().pipe(Fen).optional().describe("Lowest wholesale price at least, in fen"),
  priceMax: z.coerce.number().pipe(Fen).optional().describe("Lowest wholesale price at most, in fen"),
  dropship: Switch.describe("Only products with a dropship price"),
  inStock: Switch.describe("Only products with units available"),
  clearance: Switch.describe("Only products with backlog at a clearance price"),
  sort: z.enum(SORTS).optional().describe("relevance by default with q, newest without"),
  cursor: z.string().max(400).optional().describe("nextCursor of the previous page"),
  limit: z.coerce.number().int().min(1).max(60).default(20),
  facets: Flag.describe("Counts on the first page: true by default; false leaves them out"),
});

const SearchItem = z
  .object({
    id: z.uuid(),
    title: z.string(),
    supplierId: z.uuid(),
    supplierName: z.string(),
    categoryId: z.uuid().nullable(),
    picture: z.string().nullable().describe("sha256 of the main picture"),
    priceFen: z.number(),
    dropshipPriceFen: z.number().nullable(),
    available: z.number(),
    clearanceQuantity: z.number(),
    salesCount: z.number(),
  })
  .meta({ id: "SearchItem" });

const Facets = z
  .object({
    total: z.number(),
    categories: z.array(z.object({ categoryId: z.uuid(), count: z.number() })),
    dropship: z.number(),
    inStock: z.number(),
    clearance: z.number(),
  })
  .meta({ id: "SearchFacets" });

const SearchResult = z
  .object({ items: z.array(SearchItem), nextCursor: z.string().nullable(), facets: Facets.nullable() })
  .meta({ id: "SearchResult" });

export const searchRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/hubs/:hubId/products",
      {
        schema: {
          tags,
          summary: "Search the hub's online supermarket: active products by words, codes and filters (hub members)",
          params: HubParams,
          querystring: SearchQuery,
          response: { 200: SearchResult, ...errors(400, 401, 404) },
        },
      },
      async (request) => {
        const caller = await requireHubMember(db, request, request.params.hubId);
        return searchProducts(db, caller.hubId, request.query);
      },
    );
  };
