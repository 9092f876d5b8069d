import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleDeps } from "../../../http/module.js";
import { requireCaller, requireSessionUser } from "../access.js";
import { errors, Locale, Me, Organisation, PersonName, Role, User } from "../api-schemas.js";
import { hubsOperatedBy } from "../hubs.js";
import { acceptInvitation, previewInvitation } from "../invitations.js";
import { organisationsOf } from "../organisations.js";
import { getUser, updateUser } from "../users.js";

const InvitationCode = z.object({ token: z.string().trim().min(10).max(200) });

export const meRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/me",
      {
        schema: {
          tags: ["accounts"],
          summary: "The caller, their organisations and the hubs they operate",
          description: "With an API token, only the token's organisation is listed.",
          response: { 200: Me, ...errors(401) },
        },
      },
      async (request) => {
        const caller = requireCaller(request);
        const user = await getUser(db, caller.userId);
        let organisations = await organisationsOf(db, caller.userId);
        if (caller.via === "token") organisations = organisations.filter((o) => o.id === caller.token.orgId);
        const operatorOf = caller.via === "token" ? [] : await hubsOperatedBy(db, caller.userId);
        return { user: user as NonNullable<typeof user>, organisations, operatorOf };
      },
    );

    app.patch(
      "/me",
      {
        schema: {
          tags: ["accounts"],
          summary: "Change your name or language",
          body: z
            .object({ name: PersonName.optional(), locale: Locale.optional() })
            .refine((body) => body.name !== undefined || body.locale !== undefined, { message: "name or locale" }),
          response: { 200: User, ...errors(400, 401, 403) },
        },
      },
      async (request) => updateUser(db, requireSessionUser(request), request.body),
    );

    app.post(
      "/invitations/preview",
      {
        schema: {
          tags: ["accounts"],
          summary: "See whom an invitation link's code would join you to (no log-in needed)",
          security: [],
          body: InvitationCode,
          response: {
            200: z.object({
              organisation: Organisation,
              hubName: z.string(),
              hubNameEn: z.string(),
              role: Role,
              email: z.string().nullable(),
              invitedBy: z.string(),
              expiresAt: z.date(),
            }),
            ...errors(400),
          },
        },
      },
      async (request) => previewInvitation(db, request.body.token),
    );

    app.post(
      "/invitations/accept",
      {
        schema: {
          tags: ["accounts"],
          summary: "Join an organisation with an invitation link's code",
          body: InvitationCode,
          response: { 200: z.object({ organisation: Organisation, role: Role }), ...errors(400, 401, 403, 409) },
        },
      },
      async (request) => acceptInvitation(db, request.body.token, requireSessionUser(request)),
    );
  };
