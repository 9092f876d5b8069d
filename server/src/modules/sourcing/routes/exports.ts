import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pickLanguage } from "../../../http/language.js";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { ExportCheck, ExportInput } from "../api-schemas.js";
import { exportWarnings } from "../export-check.js";
import { listingZip } from "../listing-zip.js";
import { publicOrigin } from "../origin.js";
import { shopListings } from "../selection.js";
import { requireShop } from "./gate.js";

const tags = ["sourcing"];

export const exportRoutes =
  ({ db, config, storage }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/orgs/:orgId/exports/check",
      {
        schema: {
          tags,
          summary:
            "Before exporting: Advertising Law terms, titles too long for Taobao, no stock, no pictures, prices below cost",
          params: OrgParams,
          response: { 200: ExportCheck, ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        const listings = await shopListings(db, await requireShop(db, request, request.params.orgId));
        const onSale = listings.filter((listing) => listing.product.status === "active");
        return {
          listings: onSale.length,
          variants: onSale.reduce((sum, listing) => sum + listing.variants.length, 0),
          warnings: exportWarnings(listings, pickLanguage(request.headers["accept-language"])),
        };
      },
    );

    app.post(
      "/orgs/:orgId/exports",
      {
        schema: {
          tags,
          summary:
            "The selection as a ZIP: shopify/products.csv and the 淘宝助理 data package taobao/products.csv with its pictures",
          params: OrgParams,
          body: ExportInput,
          produces: ["application/zip"],
          response: {
            200: z.string().meta({ format: "binary", description: "A ZIP file" }),
            ...errors(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const shop = await requireShop(db, request, request.params.orgId);
        const listings = (await shopListings(db, shop)).filter((listing) => listing.product.status === "active");
        const zip = await listingZip(listings, {
          formats: request.body.formats,
          hubId: shop.hubId,
          storage,
          origin: publicOrigin(request, config),
          vendor: shop.name,
        });
        const day = new Date().toISOString().slice(0, 10).replaceAll("-", "");
        return (
          reply
            .header("content-type", "application/zip")
            .header("content-disposition", `attachment; filename="taocun-listings-${day}.zip"`)
            // Fastify streams a stream as it is; the schema above documents the bytes, hence the cast.
            .send(zip as unknown as string)
        );
      },
    );
  };
