import { randomUUID } from "node:crypto";
import multipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { InvalidError } from "../../../http/errors.js";
import { pickLanguage } from "../../../http/language.js";
import type { ModuleDeps } from "../../../http/module.js";
import { errors, OrgParams } from "../../accounts/api-schemas.js";
import { requireOrg } from "../../accounts/index.js";
import { CatalogImport, importView } from "./api-schemas.js";
import {
  applyImport,
  checkImport,
  claimImport,
  createImport,
  getImport,
  type ImportScope,
  listImports,
} from "./service.js";
import { isZipFile, SheetError, sniffSheetFormat } from "./sheet.js";
import { ImportSpool, MAX_PICTURES_MEGABYTES, MAX_SHEET_MEGABYTES } from "./spool.js";
import { csvTemplate, xlsxTemplate } from "./template.js";

const tags = ["catalog"];
const ImportParams = OrgParams.extend({ importId: z.uuid() });
const TWO_DAYS = 2 * 24 * 3600 * 1000;

/**
 * Bulk import for suppliers: the template, an upload that is checked in the background (a
 * dry run with a report), and an apply, all or nothing, also in the background. The web app
 * polls the import for progress.
 */
export const importRoutes =
  ({ db, database, storage }: ModuleDeps, spool = new ImportSpool()): FastifyPluginAsyncZod =>
  async (app) => {
    // Another part may have registered multipart for the whole app; limits are given per request.
    if (!app.hasContentTypeParser("multipart/form-data")) await app.register(multipart);

    const jobs = new Set<Promise<void>>();
    // The app closes (and then its database) only after running checks and applies end.
    app.addHook("onClose", async () => {
      await Promise.allSettled([...jobs]);
    });
    const inBackground = (job: () => Promise<unknown>) => {
      const running: Promise<void> = job()
        .then(() => undefined)
        .catch((error: unknown) => app.log.error(error, "catalog import failed"))
        .finally(() => jobs.delete(running));
      jobs.add(running);
    };

    const supplier = async (request: FastifyRequest, orgId: string): Promise<ImportScope> => {
      const scope = await requireOrg(db, request, orgId, { kinds: ["supplier"] });
      return { hubId: scope.hubId, orgId: scope.orgId, userId: scope.userId };
    };
    const language = (request: FastifyRequest) => pickLanguage(request.headers["accept-language"]);

    app.get(
      "/orgs/:orgId/imports/template",
      {
        schema: {
          tags,
          summary: "The bulk import template: one row per SKU, Chinese headers (CSV in UTF-8 with BOM, or XLSX)",
          params: OrgParams,
          querystring: z.object({ format: z.enum(["csv", "xlsx"]).default("xlsx") }),
          produces: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
          response: {
            200: z.string().meta({ format: "binary", description: "The template file" }),
            ...errors(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        await supplier(request, request.params.orgId);
        const { format } = request.query;
        const bytes = format === "csv" ? csvTemplate() : await xlsxTemplate();
        const type =
          format === "csv"
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return (
          reply
            .header("content-type", type)
            .header(
              "content-disposition",
              `attachment; filename="taocun-import-template.${format}"; filename*=UTF-8''${encodeURIComponent("商品导入模板")}.${format}`,
            )
            // Fastify sends a Buffer as it is; the schema above documents the bytes, hence the cast.
            .send(bytes as unknown as string)
        );
      },
    );

    app.post(
      "/orgs/:orgId/imports",
      {
        schema: {
          tags,
          summary: "Upload a product sheet to check (multipart: sheet = CSV or XLSX, pictures = optional ZIP)",
          description:
            "Answers at once with the import in status checking; the check runs in the background. " +
            "Poll the import until it is checked, then read its report and apply it.",
          consumes: ["multipart/form-data"],
          params: OrgParams,
          response: { 202: CatalogImport, ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const scope = await supplier(request, request.params.orgId);
        const missing = () =>
          new InvalidError("validation_failed", {}, [{ path: "sheet", code: "import_sheet_missing" }]);
        if (!request.isMultipart()) throw missing();
        const importId = randomUUID();
        let fileName: string | undefined;
        try {
          const parts = request.parts({
            limits: { fileSize: MAX_PICTURES_MEGABYTES * 1024 * 1024 + 1, files: 2, fields: 10, parts: 12 },
          });
          for await (const part of parts) {
            if (part.type !== "file") continue;
            if ((part.fieldname === "sheet" || part.fieldname === "file") && fileName === undefined) {
              await spool.receive(importId, "sheet", part.file, MAX_SHEET_MEGABYTES);
              fileName = part.filename || "sheet.csv";
            } else if (part.fieldname === "pictures") {
              await spool.receive(importId, "pictures", part.file, MAX_PICTURES_MEGABYTES);
            } else part.file.resume();
          }
          if (fileName === undefined) throw missing();
          const files = spool.filesOf(importId);
          await sniffSheetFormat(files.sheet);
          if (files.pictures && !(await isZipFile(files.pictures)))
            throw new InvalidError("validation_failed", {}, [{ path: "pictures", code: "import_pictures_not_zip" }]);
        } catch (error) {
          await spool.remove(importId);
          if (error instanceof SheetError)
            throw new InvalidError("validation_failed", {}, [{ path: "sheet", code: error.code }]);
          throw error;
        }
        const record = await createImport(db, scope, fileName, importId);
        const files = spool.filesOf(importId);
        inBackground(async () => {
          const checked = await checkImport(database, scope, importId, files).catch(async (error: unknown) => {
            await spool.remove(importId);
            throw error;
          });
          // A sheet with errors cannot be applied: its files have no further use.
          if (checked.status !== "checked" || (checked.report?.errorCount ?? 0) > 0) await spool.remove(importId);
        });
        void spool.sweep(TWO_DAYS).catch(() => {});
        return reply.status(202).send(importView(record, language(request)));
      },
    );

    app.get(
      "/orgs/:orgId/imports",
      {
        schema: {
          tags,
          summary: "The supplier's latest bulk imports, newest first",
          params: OrgParams,
          response: { 200: z.array(CatalogImport), ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        const scope = await supplier(request, request.params.orgId);
        return (await listImports(db, scope)).map((record) => importView(record, language(request)));
      },
    );

    app.get(
      "/orgs/:orgId/imports/:importId",
      {
        schema: {
          tags,
          summary: "An import: its status, progress (rows done of total) and report",
          params: ImportParams,
          response: { 200: CatalogImport, ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        const scope = await supplier(request, request.params.orgId);
        return importView(await getImport(db, scope, request.params.importId), language(request));
      },
    );

    app.post(
      "/orgs/:orgId/imports/:importId/apply",
      {
        schema: {
          tags,
          summary: "Apply a checked import without errors, all or nothing (in the background; poll the import)",
          params: ImportParams,
          response: { 202: CatalogImport, ...errors(401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const scope = await supplier(request, request.params.orgId);
        const { importId } = request.params;
        const claimed = await claimImport(db, scope, importId);
        const files = spool.filesOf(importId);
        inBackground(() =>
          applyImport(database, storage, scope, importId, files).finally(() => spool.remove(importId)),
        );
        return reply.status(202).send(importView(claimed, language(request)));
      },
    );
  };
