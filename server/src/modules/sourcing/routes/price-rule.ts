import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { PriceRule, PriceRuleView } from "../api-schemas.js";
import { saveShopPriceRule, shopPriceRule } from "../shop-price-rule.js";
import { requireShop } from "./gate.js";

const tags = ["sourcing"];

export const priceRuleRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/orgs/:orgId/price-rule",
      {
        schema: {
          tags,
          summary: "The shop's price rule (the default until it sets one)",
          params: OrgParams,
          response: { 200: PriceRuleView, ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        const { rule, isDefault } = await shopPriceRule(db, await requireShop(db, request, request.params.orgId));
        return { ...rule, isDefault };
      },
    );

    app.put(
      "/orgs/:orgId/price-rule",
      {
        schema: {
          tags,
          summary: "Replace the shop's price rule: a markup per cost range, a minimum margin, rounding",
          params: OrgParams,
          body: PriceRule,
          response: { 200: PriceRuleView, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const shop = await requireShop(db, request, request.params.orgId);
        await saveShopPriceRule(db, shop, request.body);
        return { ...request.body, isDefault: false };
      },
    );
  };
