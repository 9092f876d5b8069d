import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { requireOrg } from "../../accounts/index.js";
import { IsoDate, PurchaseOrder } from "../api-schemas.js";
import { advancePurchaseOrder, shortShip } from "../purchase-orders/handover.js";
import { getPurchaseOrder, listPurchaseOrders } from "../views/purchase-orders.js";

const tags = ["orders"];
const PoParams = OrgParams.extend({ poId: z.uuid() });
const PoLineParams = PoParams.extend({ lineId: z.uuid() });

/**
 * Purchase orders: a supplier's to fill (confirm, short-ship, ready, collected or shipped),
 * a shop's to receive (read only). Each side sees only its own.
 */
export const purchaseOrderRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const party = async (request: FastifyRequest, orgId: string) => {
      const scope = await requireOrg(db, request, orgId, { kinds: ["supplier", "shop"] });
      return { scope, side: scope.kind === "supplier" ? ("supplier" as const) : ("shop" as const) };
    };
    const supplier = (request: FastifyRequest, orgId: string) =>
      requireOrg(db, request, orgId, { kinds: ["supplier"] });

    app.get(
      "/orgs/:orgId/purchase-orders",
      {
        schema: {
          tags,
          summary: "Purchase orders of a business day (a supplier's to fill, or a shop's to receive), with lines",
          params: OrgParams,
          querystring: z.object({ date: IsoDate.optional() }),
          response: { 200: z.array(PurchaseOrder), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const { scope, side } = await party(request, request.params.orgId);
        return listPurchaseOrders(db, scope, side, { date: request.query.date });
      },
    );

    app.get(
      "/orgs/:orgId/purchase-orders/:poId",
      {
        schema: {
          tags,
          summary: "One purchase order with its lines and the buyers its goods go to",
          params: PoParams,
          response: { 200: PurchaseOrder, ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        const { scope, side } = await party(request, request.params.orgId);
        return getPurchaseOrder(db, scope, side, request.params.poId);
      },
    );

    app.post(
      "/orgs/:orgId/purchase-orders/:poId/status",
      {
        schema: {
          tags,
          summary: "Move a purchase order on: confirmed → ready → collected (pickup) or shipped (dropship)",
          params: PoParams,
          body: z.object({ status: z.enum(["confirmed", "ready", "collected", "shipped"]) }),
          response: { 200: PurchaseOrder, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const scope = await supplier(request, request.params.orgId);
        await advancePurchaseOrder(db, scope, request.params.poId, request.body.status);
        return getPurchaseOrder(db, scope, "supplier", request.params.poId);
      },
    );

    app.post(
      "/orgs/:orgId/purchase-orders/:poId/lines/:lineId/short",
      {
        schema: {
          tags,
          summary:
            "Short-ship a line: units the supplier cannot hand over (not charged; the shop's order waits for them)",
          params: PoLineParams,
          body: z.object({ shortQuantity: z.number().int().min(1).max(100_000) }),
          response: { 200: PurchaseOrder, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const scope = await supplier(request, request.params.orgId);
        const { poId, lineId } = request.params;
        await shortShip(db, scope, poId, lineId, request.body.shortQuantity);
        return getPurchaseOrder(db, scope, "supplier", poId);
      },
    );
  };
