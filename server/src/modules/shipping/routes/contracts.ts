import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Bytes, download } from "../../../http/download.js";
import { ConflictError } from "../../../http/errors.js";
import { pickLanguage } from "../../../http/language.js";
import type { ModuleDeps } from "../../../http/module.js";
import { type UploadLimits, withUploadedFiles } from "../../../http/uploads.js";
import { errors, HubParams } from "../../accounts/api-schemas.js";
import { requireHubMember, requireOperator } from "../../accounts/index.js";
import {
  CarrierCodeParams,
  CarrierInfo,
  Contract,
  ContractImport,
  ContractInput,
  Destination,
} from "../api-schemas.js";
import { CARRIERS } from "../carriers.js";
import { deleteContract, getContract, listContracts, saveContract, setContractStation } from "../contracts/store.js";
import { PROVINCES } from "../provinces.js";
import { prefecturesOf } from "../rates/csv/places.js";
import { readRateCardFile } from "../rates/csv/read.js";
import { rateCardToCsv, rateCardToXlsx } from "../rates/csv/write.js";
import { refused } from "./sheet-problems.js";

const tags = ["shipping"];
const ContractParams = HubParams.extend(CarrierCodeParams.shape);
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// A rate card is a few hundred rows; one file at a time.
const RATE_CARD_FILE: UploadLimits = {
  maxMegabytes: 5,
  maxFiles: 1,
  missing: "shipping_file_missing",
  tooLarge: "shipping_file_too_large",
};

/** The carriers, and the hub's contract with each: rate cards by JSON or by sheet, and back out as CSV. */
export const contractRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    if (!app.hasContentTypeParser("multipart/form-data")) await app.register(multipart);

    app.get(
      "/hubs/:hubId/carriers",
      {
        schema: {
          tags,
          summary: "The express companies a hub may contract with (trade codes, names, service level)",
          params: HubParams,
          response: { 200: z.array(CarrierInfo), ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        await requireHubMember(db, request, request.params.hubId);
        return CARRIERS.map(({ code, zh, en, service, regional }) => ({ code, zh, en, service, regional }));
      },
    );

    app.get(
      "/hubs/:hubId/destinations",
      {
        schema: {
          tags,
          summary: "The 31 mainland provinces a contract prices, each with its prefectures",
          params: HubParams,
          response: { 200: z.array(Destination), ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        await requireHubMember(db, request, request.params.hubId);
        return PROVINCES.map(({ code, zh, en }) => ({ code, zh, en, cities: prefecturesOf(code) }));
      },
    );

    app.get(
      "/hubs/:hubId/contracts",
      {
        schema: {
          tags,
          summary: "The hub's carrier contracts (operators)",
          params: HubParams,
          response: { 200: z.array(Contract), ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        await requireOperator(db, request, request.params.hubId);
        return listContracts(db, request.params.hubId);
      },
    );

    app.get(
      "/hubs/:hubId/contracts/:carrier",
      {
        schema: {
          tags,
          summary: "One carrier's contract (operators)",
          params: ContractParams,
          response: { 200: Contract, ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        await requireOperator(db, request, request.params.hubId);
        return getContract(db, request.params.hubId, request.params.carrier);
      },
    );

    app.put(
      "/hubs/:hubId/contracts/:carrier",
      {
        schema: {
          tags,
          summary: "Put a carrier's rate card in place (operators); a bad card is refused whole",
          params: ContractParams,
          body: ContractInput,
          response: { 200: Contract, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        await requireOperator(db, request, request.params.hubId);
        const carrier = request.body.card.carrier;
        if (carrier !== request.params.carrier)
          throw new ConflictError(
            "contract_carrier_mismatch",
            { found: String(carrier), expected: request.params.carrier },
            "card.carrier",
          );
        return saveContract(db, request.params.hubId, request.body);
      },
    );

    app.put(
      "/hubs/:hubId/contracts/:carrier/station",
      {
        schema: {
          tags,
          summary: "Name the carrier station that collects this carrier's parcels (operators); the card stays",
          params: ContractParams,
          body: z.object({ stationId: z.uuid().nullable() }),
          response: { 200: Contract, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const { hubId, carrier } = request.params;
        await requireOperator(db, request, hubId);
        return setContractStation(db, hubId, carrier, request.body.stationId);
      },
    );

    app.delete(
      "/hubs/:hubId/contracts/:carrier",
      {
        schema: {
          tags,
          summary: "End a carrier's contract (operators); its waybills already issued stay",
          params: ContractParams,
          response: { 204: z.null(), ...errors(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await requireOperator(db, request, request.params.hubId);
        await deleteContract(db, request.params.hubId, request.params.carrier);
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/hubs/:hubId/contracts/imports",
      {
        schema: {
          tags,
          summary: "Upload a rate card (CSV or XLSX, multipart field files); the carrier is named in the sheet",
          description: "A sheet with problems is refused with each problem's row and column; nothing changes.",
          consumes: ["multipart/form-data"],
          params: HubParams,
          response: { 200: ContractImport, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        await requireOperator(db, request, request.params.hubId);
        const sheet = await withUploadedFiles(request, RATE_CARD_FILE, ([file]) =>
          readRateCardFile(file?.path as string),
        );
        if (!sheet.ok) return refused(sheet.problems, pickLanguage(request.headers["accept-language"]));
        return { ok: true as const, contract: await saveContract(db, request.params.hubId, { card: sheet.card }) };
      },
    );

    app.get(
      "/hubs/:hubId/contracts/:carrier/rate-card.:format",
      {
        schema: {
          tags,
          summary: "A carrier's rate card as the sheet the upload takes: CSV (UTF-8 with BOM, for Excel) or XLSX",
          params: ContractParams.extend({ format: z.enum(["csv", "xlsx"]) }),
          produces: ["text/csv", XLSX],
          response: { 200: Bytes, ...errors(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await requireOperator(db, request, request.params.hubId);
        const { card } = await getContract(db, request.params.hubId, request.params.carrier);
        const { format } = request.params;
        const [ascii, chinese] = [`rate-card-${card.carrier}.${format}`, `价格表-${card.carrier}.${format}`];
        if (format === "csv") return download(reply, "text/csv; charset=utf-8", ascii, chinese, rateCardToCsv(card));
        return download(reply, XLSX, ascii, chinese, await rateCardToXlsx(card));
      },
    );
  };
