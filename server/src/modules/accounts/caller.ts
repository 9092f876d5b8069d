import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../../config.js";
import type { Db } from "../../db/connection.js";
import { ForbiddenError } from "../../http/errors.js";
import { scopeOfApiToken, type TokenScope } from "./api-tokens.js";
import { userOfSession } from "./sessions.js";

export const SESSION_COOKIE = "taocun_session";

/** Who is calling: a logged-in web user, or a bearer token bound to one organisation. */
export type Caller = { userId: string; via: "session" } | { userId: string; via: "token"; token: TokenScope };

declare module "fastify" {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Resolves the caller of every request before its handler runs. A cookie-authenticated
 * write must come from our own pages: its Origin (or Sec-Fetch-Site) is checked, which
 * with SameSite cookies closes cross-site request forgery.
 */
export function registerCaller(app: FastifyInstance, db: Db, config: Config): void {
  app.decorateRequest("caller", null);
  app.addHook("onRequest", async (request) => {
    const bearer = bearerToken(request);
    if (bearer) {
      const token = await scopeOfApiToken(db, bearer);
      request.caller = token ? { userId: token.userId, via: "token", token } : null;
      return;
    }
    // A route that checks its own signature (a carrier's webhook) is called by servers, not
    // pages: no session, so no origin to check either.
    if (request.routeOptions.config.signed === true) return;
    // Every write without a bearer token must come from our pages, logged in or not
    // (log-in CSRF); checking every one leaves no path spelling to slip through.
    if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request, config);
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const userId = await userOfSession(db, cookie);
    request.caller = userId ? { userId, via: "session" } : null;
  });
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.cookieSecure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure: config.cookieSecure });
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.toLowerCase().startsWith("bearer ") ? header.slice(7).trim() : undefined;
}

function assertSameOrigin(request: FastifyRequest, config: Config): void {
  const origin = request.headers.origin;
  if (origin) {
    const allowed = config.publicOrigin ?? `${request.protocol}://${request.headers.host}`;
    if (origin !== allowed) throw new ForbiddenError("bad_origin");
    return;
  }
  const site = request.headers["sec-fetch-site"];
  if (site !== "same-origin" && site !== "none") throw new ForbiddenError("bad_origin");
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** The route authenticates its caller by a signature over the body (HMAC), so no session or origin applies. */
    signed?: boolean;
  }
}
