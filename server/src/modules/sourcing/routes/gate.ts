import type { FastifyRequest } from "fastify";
import type { Db } from "../../../db/connection.js";
import { type OrgScope, requireOrg } from "../../accounts/index.js";

/** Sourcing is a shop's work: outsiders get 404, members of other kinds of organisation 403. */
export function requireShop(db: Db, request: FastifyRequest, orgId: string): Promise<OrgScope> {
  return requireOrg(db, request, orgId, { kinds: ["shop"] });
}
