import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Bytes, download } from "../../../http/download.js";
import { NotFoundError } from "../../../http/errors.js";
import { pickLanguage } from "../../../http/language.js";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { getHub } from "../../accounts/hubs.js";
import { requireOrg } from "../../accounts/index.js";
import { IsoDate } from "../api-schemas.js";
import { hubClock } from "../cutoff/hub-clock.js";
import { pickListPdf, purchaseOrderPdf, statementCsv, statementPdf } from "../documents/index.js";
import { pickListOf, purchaseOrderDocument, statementDocument } from "../views/printable.js";
import { getPurchaseOrder } from "../views/purchase-orders.js";
import { statementsOf } from "../views/statements.js";

const tags = ["orders"];
const DateQuery = z.object({ date: IsoDate.optional().meta({ description: "Today in the hub when left out" }) });

/** Paper for the day's work: the supplier's pick list, a purchase order, a statement (PDF or CSV). */
export const documentRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const today = async (hubId: string) => hubClock((await getHub(db, hubId)).timeZone).date;

    app.get(
      "/orgs/:orgId/pick-list.pdf",
      {
        schema: {
          tags,
          summary: "The supplier's pick list of a business day (A4 PDF): every shop's lines with a barcode per PO",
          params: OrgParams,
          querystring: DateQuery,
          produces: ["application/pdf"],
          response: { 200: Bytes, ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const scope = await requireOrg(db, request, request.params.orgId, { kinds: ["supplier"] });
        const date = request.query.date ?? (await today(scope.hubId));
        const language = pickLanguage(request.headers["accept-language"]);
        const pdf = await pickListPdf(await pickListOf(db, scope, date), { language });
        return download(reply, "application/pdf", `pick-list-${date}.pdf`, `拣货单-${date}.pdf`, pdf);
      },
    );

    app.get(
      "/orgs/:orgId/purchase-orders/:poId/pdf",
      {
        schema: {
          tags,
          summary: "One purchase order as an A4 PDF, for the supplier or the shop",
          params: OrgParams.extend({ poId: z.uuid() }),
          produces: ["application/pdf"],
          response: { 200: Bytes, ...errors(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const scope = await requireOrg(db, request, request.params.orgId, { kinds: ["supplier", "shop"] });
        const side = scope.kind === "supplier" ? "supplier" : "shop";
        const po = await getPurchaseOrder(db, scope, side, request.params.poId);
        const language = pickLanguage(request.headers["accept-language"]);
        const pdf = await purchaseOrderPdf(await purchaseOrderDocument(db, scope.hubId, po), { language });
        return download(reply, "application/pdf", `${po.number}.pdf`, `采购单-${po.number}.pdf`, pdf);
      },
    );

    app.get(
      "/orgs/:orgId/statements/:counterpartyId/:format",
      {
        schema: {
          tags,
          summary: "The statement with one counterparty (a shop's supplier, a supplier's shop) as PDF or CSV",
          params: OrgParams.extend({ counterpartyId: z.uuid(), format: z.enum(["pdf", "csv"]) }),
          querystring: DateQuery,
          produces: ["application/pdf", "text/csv"],
          response: { 200: Bytes, ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const scope = await requireOrg(db, request, request.params.orgId, { kinds: ["supplier", "shop"] });
        const side = scope.kind === "supplier" ? "supplier" : "shop";
        const date = request.query.date ?? (await today(scope.hubId));
        const { counterpartyId, format } = request.params;
        const statement = (await statementsOf(db, scope, side, date)).find(
          (one) => (side === "supplier" ? one.shopId : one.supplierId) === counterpartyId,
        );
        if (!statement) throw new NotFoundError("statement");
        const document = await statementDocument(db, scope.hubId, statement);
        const language = pickLanguage(request.headers["accept-language"]);
        const name = `${date}-${side === "supplier" ? statement.shopName : statement.supplierName}`;
        if (format === "csv")
          return download(
            reply,
            "text/csv; charset=utf-8",
            `statement-${date}.csv`,
            `对账单-${name}.csv`,
            statementCsv(document, { language }),
          );
        const pdf = await statementPdf(document, { language });
        return download(reply, "application/pdf", `statement-${date}.pdf`, `对账单-${name}.pdf`, pdf);
      },
    );
  };
