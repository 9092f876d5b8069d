import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { NotFoundError } from "../../../http/errors.js";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { StockFeedSecret, StockFeedState } from "../api-schemas.js";
import { publicOrigin } from "../origin.js";
import { shopListings } from "../selection.js";
import { feedCsv, feedItems, feedJson, rotateStockFeed, shopOfFeedToken, stockFeedOf } from "../stock-feed.js";
import { requireShop } from "./gate.js";

const tags = ["sourcing"];
const FeedParams = z.object({ token: z.string().min(1).max(100) });

export const stockFeedRoutes =
  ({ db, config }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/orgs/:orgId/stock-feed",
      {
        schema: {
          tags,
          summary: "Create the shop's secret stock-feed URL, or replace it (the old URL stops working); shown once",
          params: OrgParams,
          response: { 201: StockFeedSecret, ...errors(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const feed = await rotateStockFeed(db, await requireShop(db, request, request.params.orgId));
        const base = `${publicOrigin(request, config)}/feeds/${feed.token}`;
        return reply
          .status(201)
          .send({ csvUrl: `${base}.csv`, jsonUrl: `${base}.json`, prefix: feed.prefix, createdAt: feed.createdAt });
      },
    );

    app.get(
      "/api/orgs/:orgId/stock-feed",
      {
        schema: {
          tags,
          summary: "Whether the shop has a stock feed, and when it was made (not its secret)",
          params: OrgParams,
          response: { 200: StockFeedState, ...errors(401, 403, 404) },
        },
      },
      async (request) => ({ feed: await stockFeedOf(db, await requireShop(db, request, request.params.orgId)) }),
    );

    // Public: whoever holds the URL (the shop's ERP or spreadsheet) reads it without logging in.
    const feed = async (token: string) => {
      const shop = await shopOfFeedToken(db, token);
      if (!shop) throw new NotFoundError("stock_feed");
      return feedItems(await shopListings(db, shop));
    };

    app.get(
      "/feeds/:token.csv",
      {
        schema: {
          tags,
          summary: "A shop's stock feed as CSV: SKU code, title, available quantity, the shop's price in yuan",
          security: [],
          params: FeedParams,
          produces: ["text/csv"],
          response: { 200: z.string(), ...errors(404) },
        },
      },
      async (request, reply) => {
        const csv = feedCsv(await feed(request.params.token));
        return reply.header("content-type", "text/csv; charset=utf-8").header("cache-control", "no-store").send(csv);
      },
    );

    app.get(
      "/feeds/:token.json",
      {
        schema: {
          tags,
          summary: "A shop's stock feed as JSON",
          security: [],
          params: FeedParams,
          response: {
            200: z.object({
              generatedAt: z.string(),
              items: z.array(
                z.object({
                  skuCode: z.string(),
                  title: z.string(),
                  available: z.number(),
                  priceFen: z.number().nullable(),
                  price: z.string().nullable(),
                }),
              ),
            }),
            ...errors(404),
          },
        },
      },
      async (request, reply) =>
        reply.header("cache-control", "no-store").send(feedJson(await feed(request.params.token))),
    );
  };
