import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError, type ErrorDetail, TooManyRequestsError } from "./errors.js";
import { type Language, pickLanguage } from "./language.js";
import { type MessageCode, type Thing, things, translate } from "./messages.js";

/** The one error shape every route answers with. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: "Error" });

const zodLocales = { "zh-CN": z.locales.zhCN(), en: z.locales.en() };

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const language = pickLanguage(request.headers["accept-language"]);
    if (error instanceof AppError) return sendAppError(reply, error, language);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => localiseIssue(v, language));
      return send(reply, 400, "validation_failed", language, {}, details);
    }
    if (error.statusCode === 429) return send(reply, 429, "rate_limited", language);
    // PostgreSQL stores no NUL character (and no invalid UTF-8) in text: that is bad input,
    // whichever field and module it reached, not a server fault.
    if (hasSqlState(error, ["22P05", "22021"])) return send(reply, 400, "unstorable_text", language);
    if (error.statusCode && error.statusCode < 500) {
      // Fastify's own client errors (bad JSON, body too large, wrong content type).
      return reply
        .status(error.statusCode)
        .send({ error: { code: error.code ?? "bad_request", message: error.message, details: [] } });
    }
    request.log.error(error);
    return send(reply, 500, "internal", language);
  });
  app.setNotFoundHandler((request, reply) => {
    const language = pickLanguage(request.headers["accept-language"]);
    return send(reply, 404, "route_not_found", language, { method: request.method, url: request.url });
  });
}

export function errorBody(
  code: MessageCode,
  language: Language,
  params: Record<string, string | number> = {},
  details: ErrorDetail[] = [],
) {
  return { error: { code, message: translate(code, language, params), details } };
}

function hasSqlState(error: unknown, codes: string[]): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code && codes.includes(e.code)) return true;
  }
  return false;
}

function sendAppError(reply: FastifyReply, error: AppError, language: Language) {
  if (error instanceof TooManyRequestsError) reply.header("retry-after", String(error.retryAfterSeconds));
  const params = { ...error.params };
  if (typeof params.thing === "string" && params.thing in things)
    params.thing = things[params.thing as Thing][language];
  const details = error.problems.map((p) => ({
    path: p.path,
    code: p.code,
    message: translate(p.code, language, p.params),
  }));
  return send(reply, error.status, error.code, language, params, details);
}

function send(
  reply: FastifyReply,
  status: number,
  code: MessageCode,
  language: Language,
  params: Record<string, string | number> = {},
  details: ErrorDetail[] = [],
) {
  return reply.status(status).send(errorBody(code, language, params, details));
}

type ValidationEntry = { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> };

function localiseIssue(entry: ValidationEntry, language: Language): ErrorDetail {
  const path = entry.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const issue = {
    ...entry.params,
    code: entry.keyword,
    path: path.split("."),
    input: undefined,
  } as unknown as Parameters<(typeof zodLocales)["en"]["localeError"]>[0];
  const localised = zodLocales[language].localeError(issue);
  const message = typeof localised === "string" ? localised : (localised?.message ?? entry.message ?? entry.keyword);
  return { path, code: entry.keyword, message };
}
