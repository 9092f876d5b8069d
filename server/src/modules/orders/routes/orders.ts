import multipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { NotFoundError } from "../../../http/errors.js";
import { pickLanguage } from "../../../http/language.js";
import { type MessageCode, translate } from "../../../http/messages.js";
import type { ModuleDeps } from "../../../http/module.js";
import { type UploadLimits, withUploadedFiles } from "../../../http/uploads.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { getHub } from "../../accounts/hubs.js";
import { requireCaller, requireOrg } from "../../accounts/index.js";
import { Order, OrderImport, OrderInput, OrdersQuery } from "../api-schemas.js";
import { cancelLine } from "../purchase-orders/handover.js";
import { importOrderFiles } from "../record/files.js";
import { createOrder } from "../record/form.js";
import { listOrders } from "../views/orders.js";

const tags = ["orders"];
const LineParams = OrgParams.extend({ lineId: z.uuid() });
/** A Taobao export of a busy month is a few megabytes; 50 is far past any. Up to a Taobao pair and one more. */
const ORDER_FILES: UploadLimits = {
  maxMegabytes: 50,
  maxFiles: 3,
  missing: "order_files_missing",
  tooLarge: "order_file_too_large",
};

/** A shop's retail orders: uploaded exports, typed or sent orders, the list, cancelling a waiting line. */
export const orderRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    if (!app.hasContentTypeParser("multipart/form-data")) await app.register(multipart);
    const shop = (request: FastifyRequest, orgId: string) => requireOrg(db, request, orgId, { kinds: ["shop"] });

    app.post(
      "/orgs/:orgId/orders/imports",
      {
        schema: {
          tags,
          summary:
            "Upload order exports (multipart field files: Taobao 订单报表 + 宝贝报表, or a Shopify orders export)",
          description:
            "All or nothing: every bad row and every SKU code not in the shop's selection is reported and no " +
            "order is written. Orders already brought in are listed as existing and left as they are.",
          consumes: ["multipart/form-data"],
          params: OrgParams,
          querystring: z.object({ platform: z.enum(["taobao", "shopify"]).optional() }),
          response: { 200: OrderImport, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const scope = await shop(request, request.params.orgId);
        const result = await withUploadedFiles(request, ORDER_FILES, (files) =>
          importOrderFiles(db, scope, files, request.query.platform),
        );
        const language = pickLanguage(request.headers["accept-language"]);
        return {
          platform: result.platform,
          created: result.created,
          existing: result.existing,
          skipped: result.skipped.map(({ platformOrderNumber, status, scope: part }) => ({
            platformOrderNumber,
            status,
            scope: part,
          })),
          problems: result.problems.map((problem) => ({
            file: problem.file,
            row: problem.row,
            column: problem.column,
            code: problem.code,
            message: translate(problem.code as MessageCode, language, problem.params),
          })),
        };
      },
    );

    app.post(
      "/orgs/:orgId/orders",
      {
        schema: {
          tags,
          summary: "Bring in one order (the form, or the shop's own system); Idempotency-Key makes retries safe",
          params: OrgParams,
          headers: z.object({ "idempotency-key": z.string().trim().min(8).max(64).optional() }),
          body: OrderInput,
          response: { 200: Order, 201: Order, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const scope = await shop(request, request.params.orgId);
        const hub = await getHub(db, scope.hubId);
        const created = await createOrder(db, scope, request.body, {
          platform: requireCaller(request).via === "token" ? "api" : "manual",
          idempotencyKey: request.headers["idempotency-key"],
          timeZone: hub.timeZone,
        });
        const [order] = await listOrders(db, scope, { limit: 1, offset: 0, id: created.orderId });
        if (!order) throw new NotFoundError("order");
        return reply.status(created.replayed ? 200 : 201).send(order);
      },
    );

    app.get(
      "/orgs/:orgId/orders",
      {
        schema: {
          tags,
          summary: "The shop's orders, newest first, with what is covered, backordered and on purchase orders",
          params: OrgParams,
          querystring: OrdersQuery,
          response: { 200: z.array(Order), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => listOrders(db, await shop(request, request.params.orgId), request.query),
    );

    app.post(
      "/orgs/:orgId/order-lines/:lineId/cancel",
      {
        schema: {
          tags,
          summary: "Cancel a line that is not on a purchase order yet (reserved or backordered); its stock is freed",
          params: LineParams,
          response: { 204: z.null(), ...errors(401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await cancelLine(db, await shop(request, request.params.orgId), request.params.lineId);
        return reply.status(204).send(null);
      },
    );
  };
