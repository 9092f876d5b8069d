import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { isUniqueViolation } from "../../db/errors.js";
import { ConflictError, NotFoundError } from "../../http/errors.js";
import type { OrgKind } from "./hubs.js";
import { hubs, memberships, organisations, users } from "./schema.js";

export type Role = "owner" | "staff";
export type Organisation = { hubId: string; id: string; kind: OrgKind; name: string };
export type MyOrganisation = Organisation & { hubName: string; hubNameEn: string; role: Role };

const orgColumns = {
  hubId: organisations.hubId,
  id: organisations.id,
  kind: organisations.kind,
  name: organisations.name,
};

/** Creates an organisation in a hub with its creator as owner, in one transaction. */
export async function createOrganisation(
  db: Db,
  input: { hubId: string; kind: OrgKind; name: string },
  ownerId: string,
): Promise<Organisation> {
  const [hub] = await db.select({ id: hubs.id }).from(hubs).where(eq(hubs.id, input.hubId));
  if (!hub) throw new NotFoundError("hub");
  try {
    return await db.transaction(async (tx) => {
      const [org] = await tx
        .insert(organisations)
        .values({ hubId: input.hubId, kind: input.kind, name: input.name.trim() })
        .returning(orgColumns);
      if (!org) throw new Error("insert returned nothing");
      await tx.insert(memberships).values({ hubId: org.hubId, orgId: org.id, userId: ownerId, role: "owner" });
      return org;
    });
  } catch (error) {
    if (isUniqueViolation(error, "organisations_hub_name_key")) throw new ConflictError("org_name_taken", {}, "name");
    throw error;
  }
}

export function organisationsOf(db: Db, userId: string): Promise<MyOrganisation[]> {
  return db
    .select({ ...orgColumns, hubName: hubs.name, hubNameEn: hubs.nameEn, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, and(eq(organisations.hubId, memberships.hubId), eq(organisations.id, memberships.orgId)))
    .innerJoin(hubs, eq(hubs.id, memberships.hubId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(hubs.name), asc(organisations.name));
}

/** The caller's membership of one organisation, or undefined when they have none. */
export async function membershipOf(db: Db, userId: string, orgId: string) {
  const [row] = await db
    .select({ ...orgColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, and(eq(organisations.hubId, memberships.hubId), eq(organisations.id, memberships.orgId)))
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)));
  return row;
}

export async function renameOrganisation(db: Db, hubId: string, orgId: string, name: string): Promise<Organisation> {
  try {
    const [org] = await db
      .update(organisations)
      .set({ name: name.trim() })
      .where(and(eq(organisations.hubId, hubId), eq(organisations.id, orgId)))
      .returning(orgColumns);
    if (!org) throw new NotFoundError("organisation");
    return org;
  } catch (error) {
    if (isUniqueViolation(error, "organisations_hub_name_key")) throw new ConflictError("org_name_taken", {}, "name");
    throw error;
  }
}

export function listMembers(db: Db, hubId: string, orgId: string) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.hubId, hubId), eq(memberships.orgId, orgId)))
    .orderBy(asc(memberships.createdAt));
}

export async function addMember(db: Db, hubId: string, orgId: string, userId: string, role: Role): Promise<void> {
  try {
    await db.insert(memberships).values({ hubId, orgId, userId, role });
  } catch (error) {
    if (isUniqueViolation(error, "memberships_hub_id_org_id_user_id_pk")) throw new ConflictError("already_member");
    throw error;
  }
}

/**
 * Changes a member's role or removes them; refuses to leave the organisation without an
 * owner. The owners are counted under a row lock so two owners demoting each other
 * at once cannot both succeed.
 */
export async function changeMember(
  db: Db,
  hubId: string,
  orgId: string,
  userId: string,
  role: Role | "removed",
): Promise<void> {
  await db.transaction(async (tx) => {
    const members = await tx
      .select({ userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.hubId, hubId), eq(memberships.orgId, orgId)))
      .orderBy(asc(memberships.userId))
      .for("update");
    const target = members.find((m) => m.userId === userId);
    if (!target) throw new NotFoundError("member");
    const ownersLeft =
      members.filter((m) => m.role === "owner" && m.userId !== userId).length + (role === "owner" ? 1 : 0);
    if (ownersLeft === 0) throw new ConflictError("last_owner");
    const where = and(eq(memberships.hubId, hubId), eq(memberships.orgId, orgId), eq(memberships.userId, userId));
    if (role === "removed") await tx.delete(memberships).where(where);
    else await tx.update(memberships).set({ role }).where(where);
  });
}

export async function isHubMember(db: Db, hubId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.hubId, hubId), eq(memberships.userId, userId)))
    .limit(1);
  return row !== undefined;
}
