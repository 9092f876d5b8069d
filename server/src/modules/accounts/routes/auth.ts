import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { UnauthenticatedError } from "../../../http/errors.js";
import type { ModuleDeps } from "../../../http/module.js";
import { Email, errors, Locale, Password, PersonName, User } from "../api-schemas.js";
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from "../caller.js";
import { clearLoginFailures, countLoginAttempt } from "../login-throttle.js";
import { verifyPassword } from "../secrets.js";
import { endSession, startSession } from "../sessions.js";
import { createUser, findUserForLogin } from "../users.js";

export const authRoutes =
  ({ db, config }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const throttle = { maxFailures: config.loginMaxFailures, windowMinutes: config.loginWindowMinutes };
    const perIp = { rateLimit: { max: config.authRequestsPerMinute, timeWindow: "1 minute" } };

    app.post(
      "/signup",
      {
        config: perIp,
        schema: {
          tags: ["accounts"],
          summary: "Create an account and log in",
          body: z.object({ email: Email, password: Password, name: PersonName, locale: Locale.optional() }),
          response: { 201: z.object({ user: User }), ...errors(400, 409, 429) },
        },
      },
      async (request, reply) => {
        const user = await createUser(db, request.body);
        const session = await startSession(db, user.id, config.sessionDays);
        setSessionCookie(reply, config, session.token, session.expiresAt);
        return reply.status(201).send({ user });
      },
    );

    app.post(
      "/login",
      {
        config: perIp,
        schema: {
          tags: ["accounts"],
          summary: "Log in with e-mail and password",
          description: "Too many failed attempts for one address within the window answer 429 until it passes.",
          body: z.object({ email: Email, password: z.string().min(1).max(200) }),
          response: { 200: z.object({ user: User }), ...errors(400, 401, 429) },
        },
      },
      async (request, reply) => {
        const { email, password } = request.body;
        await countLoginAttempt(db, email, throttle);
        const found = await findUserForLogin(db, email);
        if (!(await verifyPassword(found?.passwordHash, password)) || !found) {
          throw new UnauthenticatedError("invalid_credentials");
        }
        await clearLoginFailures(db, email);
        const session = await startSession(db, found.id, config.sessionDays);
        setSessionCookie(reply, config, session.token, session.expiresAt);
        const { passwordHash: _, ...user } = found;
        return { user };
      },
    );

    app.post(
      "/logout",
      { schema: { tags: ["accounts"], summary: "End this browser's session", response: { 204: z.null() } } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await endSession(db, token);
        clearSessionCookie(reply, config);
        return reply.status(204).send(null);
      },
    );
  };
