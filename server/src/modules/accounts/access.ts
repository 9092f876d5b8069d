import type { FastifyRequest } from "fastify";
import type { Db } from "../../db/connection.js";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../../http/errors.js";
import type { Caller } from "./caller.js";
import { isHubOperator, type OrgKind } from "./hubs.js";
import { isHubMember, membershipOf, type Role } from "./organisations.js";

/** What a request may touch: one organisation in one hub, as one of its members. */
export type OrgScope = { hubId: string; orgId: string; name: string; userId: string; role: Role; kind: OrgKind };

export function requireCaller(request: FastifyRequest): Caller {
  if (!request.caller) throw new UnauthenticatedError();
  return request.caller;
}

/**
 * The one gate every module's organisation routes pass through. Someone who is not a
 * member (or a token bound to another organisation) gets 404, as if the organisation
 * did not exist; a member lacking the role or kind gets 403.
 */
export async function requireOrg(
  db: Db,
  request: FastifyRequest,
  orgId: string,
  need: { owner?: boolean; kinds?: OrgKind[]; person?: boolean } = {},
): Promise<OrgScope> {
  const caller = requireCaller(request);
  // Who may act for the organisation (members, invitations, tokens) is for people at the
  // web app: a leaked token must not be able to make its thief an owner. Refused before
  // the membership check, so the answer is the same for every organisation.
  if (need.person && caller.via === "token") throw new ForbiddenError("person_required");
  if (caller.via === "token" && caller.token.orgId !== orgId) throw new NotFoundError("organisation");
  const membership = await membershipOf(db, caller.userId, orgId);
  if (!membership) throw new NotFoundError("organisation");
  if (need.owner && membership.role !== "owner") throw new ForbiddenError("owner_required");
  if (need.kinds && !need.kinds.includes(membership.kind)) throw new ForbiddenError();
  return {
    hubId: membership.hubId,
    orgId: membership.id,
    name: membership.name,
    userId: caller.userId,
    role: membership.role,
    kind: membership.kind,
  };
}

/** Hub-wide views are for the association's operators; a token never reaches them. */
export async function requireOperator(
  db: Db,
  request: FastifyRequest,
  hubId: string,
): Promise<{ hubId: string; userId: string }> {
  const caller = requireCaller(request);
  if (caller.via === "token" || !(await isHubOperator(db, hubId, caller.userId)))
    throw new ForbiddenError("operator_required");
  return { hubId, userId: caller.userId };
}

/** Routes about the person (profile, their organisations) are not for organisation tokens. */
export function requireSessionUser(request: FastifyRequest): string {
  const caller = requireCaller(request);
  if (caller.via !== "session") throw new ForbiddenError();
  return caller.userId;
}

/**
 * Hub-wide reads (the online supermarket, the categories) are for people who work in the
 * hub: a member of any of its organisations, or an operator. Others get 404.
 */
export async function requireHubMember(
  db: Db,
  request: FastifyRequest,
  hubId: string,
): Promise<{ hubId: string; userId: string }> {
  const caller = requireCaller(request);
  const inHub =
    caller.via === "token"
      ? caller.token.hubId === hubId
      : (await isHubMember(db, hubId, caller.userId)) || (await isHubOperator(db, hubId, caller.userId));
  if (!inHub) throw new NotFoundError("hub");
  return { hubId, userId: caller.userId };
}
