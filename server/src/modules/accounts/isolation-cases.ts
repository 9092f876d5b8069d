import type { FastifyInstance } from "fastify";
import type { Browser } from "../../../test/app.js";
import type { Db } from "../../db/connection.js";

/** The organisation whose data outsiders try to reach in isolation.test.ts: a supplier with one active product. */
export type Victim = {
  app: FastifyInstance;
  /** The app's database, for preparing what no API call of the victim can make (a cut-off). */
  db: Db;
  hubId: string;
  browser: Browser;
  orgId: string;
  userId: string;
  productId: string;
  skuId: string;
};

/**
 * A valid request to one route that names an organisation, keyed "METHOD /path" as in the
 * OpenAPI document. `prepare` makes what the route's other path parameters name (as the
 * victim) and returns their values by parameter name.
 */
export type IsolationCase = { body?: unknown; prepare?: (victim: Victim) => Promise<Record<string, string>> };

export const accountsCases: Record<string, IsolationCase> = {
  "GET /api/orgs/{orgId}": {},
  "PATCH /api/orgs/{orgId}": { body: { name: "被篡改的名字" } },
  "GET /api/orgs/{orgId}/members": {},
  "PATCH /api/orgs/{orgId}/members/{userId}": { body: { role: "staff" } },
  "DELETE /api/orgs/{orgId}/members/{userId}": {},
  "GET /api/orgs/{orgId}/invitations": {},
  "POST /api/orgs/{orgId}/invitations": { body: { role: "owner" } },
  "DELETE /api/orgs/{orgId}/invitations/{invitationId}": {},
  "GET /api/orgs/{orgId}/tokens": {},
  "POST /api/orgs/{orgId}/tokens": { body: { name: "偷来的令牌" } },
  "DELETE /api/orgs/{orgId}/tokens/{tokenId}": {},
};
