import { and, asc, count, eq, ilike } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { NotFoundError } from "../../http/errors.js";
import { hubOperators, hubs, organisations, type orgKind } from "./schema.js";

export type OrgKind = (typeof orgKind.enumValues)[number];
export type Hub = { id: string; slug: string; name: string; nameEn: string; timeZone: string };

const hubColumns = { id: hubs.id, slug: hubs.slug, name: hubs.name, nameEn: hubs.nameEn, timeZone: hubs.timeZone };

export async function createHub(db: Db, input: Omit<Hub, "id" | "timeZone"> & { timeZone?: string }): Promise<Hub> {
  const [hub] = await db.insert(hubs).values(input).returning(hubColumns);
  return hub as Hub;
}

export function listHubs(db: Db): Promise<Hub[]> {
  return db.select(hubColumns).from(hubs).orderBy(asc(hubs.createdAt));
}

/** A hub with how many organisations of each kind it has: the village at a glance. */
/** One hub, or 404. */
export async function getHub(db: Db, hubId: string): Promise<Hub> {
  const [hub] = await db.select(hubColumns).from(hubs).where(eq(hubs.id, hubId));
  if (!hub) throw new NotFoundError("hub");
  return hub;
}

export async function getHubSummary(db: Db, hubId: string) {
  const [hub] = await db.select(hubColumns).from(hubs).where(eq(hubs.id, hubId));
  if (!hub) return undefined;
  const rows = await db
    .select({ kind: organisations.kind, n: count() })
    .from(organisations)
    .where(eq(organisations.hubId, hubId))
    .groupBy(organisations.kind);
  const counts = { supplier: 0, shop: 0, carrier_station: 0, association: 0 };
  for (const row of rows) counts[row.kind] = row.n;
  return { ...hub, organisations: counts };
}

export async function addHubOperator(db: Db, hubId: string, userId: string): Promise<void> {
  await db.insert(hubOperators).values({ hubId, userId }).onConflictDoNothing();
}

export async function isHubOperator(db: Db, hubId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: hubOperators.userId })
    .from(hubOperators)
    .where(and(eq(hubOperators.hubId, hubId), eq(hubOperators.userId, userId)));
  return row !== undefined;
}

export async function hubsOperatedBy(db: Db, userId: string): Promise<Hub[]> {
  return db
    .select(hubColumns)
    .from(hubOperators)
    .innerJoin(hubs, eq(hubs.id, hubOperators.hubId))
    .where(eq(hubOperators.userId, userId))
    .orderBy(asc(hubs.name));
}

/** The hub's directory of organisations, for its operators. */
export function listHubOrganisations(
  db: Db,
  hubId: string,
  filter: { kind?: OrgKind; q?: string; limit: number; offset: number },
) {
  return db
    .select({
      id: organisations.id,
      hubId: organisations.hubId,
      kind: organisations.kind,
      name: organisations.name,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .where(
      and(
        eq(organisations.hubId, hubId),
        filter.kind ? eq(organisations.kind, filter.kind) : undefined,
        filter.q ? ilike(organisations.name, `%${escapeLike(filter.q)}%`) : undefined,
      ),
    )
    .orderBy(asc(organisations.name))
    .limit(filter.limit)
    .offset(filter.offset);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
