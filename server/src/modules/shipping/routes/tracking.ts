import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pickLanguage } from "../../../http/language.js";
import type { ModuleDeps } from "../../../http/module.js";
import { type UploadLimits, withUploadedFiles } from "../../../http/uploads.js";
import { errors, HubParams } from "../../accounts/api-schemas.js";
import { getHub } from "../../accounts/hubs.js";
import { requireOperator } from "../../accounts/index.js";
import { hubOffset } from "../../orders/cutoff/hub-clock.js";
import { SheetRefused, TrackingRecorded } from "../api-schemas.js";
import { readTrackingFile } from "../tracking/file.js";
import { recordEvents } from "../tracking/record.js";
import { refused } from "./sheet-problems.js";

const tags = ["shipping"];
// A day's tracking export of a busy hub is a few megabytes.
const TRACKING_FILE: UploadLimits = {
  maxMegabytes: 20,
  maxFiles: 1,
  missing: "shipping_file_missing",
  tooLarge: "shipping_file_too_large",
};

/** Tracking events from a carrier's file, uploaded by an operator. */
export const trackingRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    if (!app.hasContentTypeParser("multipart/form-data")) await app.register(multipart);

    app.post(
      "/hubs/:hubId/tracking/imports",
      {
        schema: {
          tags,
          summary: "Upload tracking events (CSV/XLSX: 运单号, 状态, 时间, optional 地点 and 快递公司; operators)",
          description: "All or nothing: a bad row or a number this hub does not have refuses the file.",
          consumes: ["multipart/form-data"],
          params: HubParams,
          response: { 200: z.union([TrackingRecorded, SheetRefused]), ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const { hubId } = request.params;
        await requireOperator(db, request, hubId);
        const language = pickLanguage(request.headers["accept-language"]);
        const offset = hubOffset((await getHub(db, hubId)).timeZone);
        const file = await withUploadedFiles(request, TRACKING_FILE, ([f]) =>
          readTrackingFile(f?.path as string, offset),
        );
        if (file.problems.length > 0) return refused(file.problems, language);
        const result = await recordEvents(db, hubId, file.events, "csv", { allOrNothing: true });
        if (result.unknown.length > 0)
          return refused(
            result.unknown.map((number) => ({
              row: file.events.find((event) => event.trackingNumber === number)?.row,
              column: "运单号",
              code: "tracking_number_unknown" as const,
              params: { number },
            })),
            language,
          );
        return result;
      },
    );
  };
