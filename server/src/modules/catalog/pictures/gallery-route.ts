import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { requireOrg } from "../../accounts/index.js";
import { Product } from "../api-schemas.js";
import { getProduct } from "../products.js";
import { Sha256 } from "./api-schemas.js";
import { setGallery } from "./gallery.js";

export const galleryRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.put(
      "/orgs/:orgId/products/:productId/pictures",
      {
        schema: {
          tags: ["catalog"],
          summary: "Replace a product's gallery: pictures in order, the first is the main picture (its supplier)",
          params: OrgParams.extend({ productId: z.uuid() }),
          body: z.object({
            // At most 20; counted by the service, so the refusal says so in the user's words.
            pictures: z.array(Sha256).meta({ description: "sha256 of uploaded pictures, at most 20, main first" }),
          }),
          response: { 200: Product, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const scope = await requireOrg(db, request, request.params.orgId, { kinds: ["supplier"] });
        await setGallery(db, scope, request.params.productId, request.body.pictures);
        return getProduct(db, scope.hubId, request.params.productId);
      },
    );
  };
