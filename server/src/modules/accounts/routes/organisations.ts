import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ModuleDeps } from "../../../http/module.js";
import { requireOrg, requireSessionUser } from "../access.js";
import { Email, errors, Organisation, OrgKind, OrgName, OrgParams, Role } from "../api-schemas.js";
import { createApiToken, listApiTokens, revokeApiToken } from "../api-tokens.js";
import { inviteMember, pendingInvitations, withdrawInvitation } from "../invitations.js";
import { changeMember, createOrganisation, listMembers, renameOrganisation } from "../organisations.js";

const MyRole = z.object({ role: Role });
const Member = z.object({ userId: z.uuid(), name: z.string(), email: z.string(), role: Role, joinedAt: z.date() });
const Invitation = z.object({ id: z.uuid(), email: z.string().nullable(), role: Role, expiresAt: z.date() });
const ApiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
});
const tags = ["organisations"];

export const organisationRoutes =
  ({ db }: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/orgs",
      {
        schema: {
          tags,
          summary: "Create an organisation in a hub; you become its owner",
          body: z.object({ hubId: z.uuid(), kind: OrgKind, name: OrgName }),
          response: { 201: Organisation.extend(MyRole.shape), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const org = await createOrganisation(db, request.body, requireSessionUser(request));
        return reply.status(201).send({ ...org, role: "owner" as const });
      },
    );

    app.get(
      "/orgs/:orgId",
      {
        schema: {
          tags,
          summary: "One of your organisations",
          params: OrgParams,
          response: { 200: Organisation.extend(MyRole.shape), ...errors(401, 404) },
        },
      },
      async (request) => {
        const scope = await requireOrg(db, request, request.params.orgId);
        return { hubId: scope.hubId, id: scope.orgId, kind: scope.kind, name: scope.name, role: scope.role };
      },
    );

    app.patch(
      "/orgs/:orgId",
      {
        schema: {
          tags,
          summary: "Rename an organisation (owners)",
          params: OrgParams,
          body: z.object({ name: OrgName }),
          response: { 200: Organisation, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const scope = await requireOrg(db, request, request.params.orgId, { owner: true });
        return renameOrganisation(db, scope.hubId, scope.orgId, request.body.name);
      },
    );

    app.get(
      "/orgs/:orgId/members",
      {
        schema: {
          tags,
          summary: "Members of an organisation",
          params: OrgParams,
          response: { 200: z.array(Member), ...errors(401, 404) },
        },
      },
      async (request) => {
        const scope = await requireOrg(db, request, request.params.orgId);
        return listMembers(db, scope.hubId, scope.orgId);
      },
    );

    app.patch(
      "/orgs/:orgId/members/:userId",
      {
        schema: {
          tags,
          summary: "Change a member's role (owners)",
          params: OrgParams.extend({ userId: z.uuid() }),
          body: MyRole,
          response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const scope = await requireOrg(db, request, request.params.orgId, { owner: true, person: true });
        await changeMember(db, scope.hubId, scope.orgId, request.params.userId, request.body.role);
        return reply.status(204).send(null);
      },
    );

    app.delete(
      "/orgs/:orgId/members/:userId",
      {
        schema: {
          tags,
          summary: "Remove a member (owners), or leave (yourself)",
          params: OrgParams.extend({ userId: z.uuid() }),
          response: { 204: z.null(), ...errors(401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const leaving = request.caller?.userId === request.params.userId;
        const scope = await requireOrg(db, request, request.params.orgId, { owner: !leaving, person: true });
        await changeMember(db, scope.hubId, scope.orgId, request.params.userId, "removed");
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/orgs/:orgId/invitations",
      {
        schema: {
          tags,
          summary: "Invitations not yet accepted (owners)",
          params: OrgParams,
          response: { 200: z.array(Invitation), ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        const scope = await requireOrg(db, request, request.params.orgId, { owner: true, person: true });
        return pendingInvitations(db, scope.hubId, scope.orgId);
      },
    );

    app.post(
      "/orgs/:orgId/invitations",
      {
        schema: {
          tags,
          summary: "Invite someone (owners); the link's code is shown only in this answer",
          params: OrgParams,
          body: z.object({ email: Email.optional(), role: Role.default("staff") }),
          response: { 201: Invitation.extend({ token: z.string() }), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const scope = await requireOrg(db, request, request.params.orgId, { owner: true, person: true });
        return reply.status(201).send(await inviteMember(db, scope, request.body));
      },
    );

    app.delete(
      "/orgs/:orgId/invitations/:invitationId",
      {
        schema: {
          tags,
          summary: "Withdraw an invitation (owners)",
          params: OrgParams.extend({ invitationId: z.uuid() }),
          response: { 204: z.null(), ...errors(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const scope = await requireOrg(db, request, request.params.orgId, { owner: true, person: true });
        await withdrawInvitation(db, scope.hubId, scope.orgId, request.params.invitationId);
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/orgs/:orgId/tokens",
      {
        schema: {
          tags,
          summary: "Your API tokens for this organisation",
          params: OrgParams,
          response: { 200: z.array(ApiToken), ...errors(401, 404) },
        },
      },
      async (request) => listApiTokens(db, await requireOrg(db, request, request.params.orgId, { person: true })),
    );

    app.post(
      "/orgs/:orgId/tokens",
      {
        schema: {
          tags,
          summary: "Create an API token for the CLI or another program; the secret is shown only in this answer",
          params: OrgParams,
          body: z.object({ name: z.string().trim().min(1).max(60) }),
          response: {
            201: ApiToken.omit({ lastUsedAt: true }).extend({ token: z.string() }),
            ...errors(400, 401, 404),
          },
        },
      },
      async (request, reply) => {
        const scope = await requireOrg(db, request, request.params.orgId, { person: true });
        return reply.status(201).send(await createApiToken(db, scope, request.body.name));
      },
    );

    app.delete(
      "/orgs/:orgId/tokens/:tokenId",
      {
        schema: {
          tags,
          summary: "Revoke one of your API tokens",
          params: OrgParams.extend({ tokenId: z.uuid() }),
          response: { 204: z.null(), ...errors(401, 404) },
        },
      },
      async (request, reply) => {
        await revokeApiToken(
          db,
          await requireOrg(db, request, request.params.orgId, { person: true }),
          request.params.tokenId,
        );
        return reply.status(204).send(null);
      },
    );
  };
