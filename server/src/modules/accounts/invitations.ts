import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { ConflictError, InvalidError, NotFoundError } from "../../http/errors.js";
import { addMember, type Role } from "./organisations.js";
import { hubs, invitations, organisations, users } from "./schema.js";
import { hashSecret, newSecret } from "./secrets.js";

const INVITATION_DAYS = 7;

/** Invites someone into an organisation; the link's secret is returned once, never stored. */
export async function inviteMember(
  db: Db,
  scope: { hubId: string; orgId: string; userId: string },
  input: { email?: string | undefined; role: Role },
) {
  const token = newSecret("inv_");
  const [row] = await db
    .insert(invitations)
    .values({
      hubId: scope.hubId,
      orgId: scope.orgId,
      email: input.email?.trim().toLowerCase() ?? null,
      role: input.role,
      tokenHash: hashSecret(token),
      invitedBy: scope.userId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    })
    .returning({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
    });
  return { ...(row as NonNullable<typeof row>), token };
}

export function pendingInvitations(db: Db, hubId: string, orgId: string) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.hubId, hubId),
        eq(invitations.orgId, orgId),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

export async function withdrawInvitation(db: Db, hubId: string, orgId: string, invitationId: string): Promise<void> {
  const deleted = await db
    .delete(invitations)
    .where(
      and(
        eq(invitations.hubId, hubId),
        eq(invitations.orgId, orgId),
        eq(invitations.id, invitationId),
        isNull(invitations.acceptedAt),
      ),
    )
    .returning({ id: invitations.id });
  if (deleted.length === 0) throw new NotFoundError("invitation");
}

/** What an invitation link offers, so the invitee sees whom they would join before accepting. */
export async function previewInvitation(db: Db, token: string) {
  const [row] = await db
    .select({
      organisation: {
        hubId: organisations.hubId,
        id: organisations.id,
        kind: organisations.kind,
        name: organisations.name,
      },
      hubName: hubs.name,
      hubNameEn: hubs.nameEn,
      role: invitations.role,
      email: invitations.email,
      invitedBy: users.name,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(organisations, and(eq(organisations.hubId, invitations.hubId), eq(organisations.id, invitations.orgId)))
    .innerJoin(hubs, eq(hubs.id, invitations.hubId))
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(
      and(
        eq(invitations.tokenHash, hashSecret(token)),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  if (!row) throw new InvalidError("invitation_invalid");
  return row;
}

/** Joins the caller to the invitation's organisation; a used or expired link does nothing. */
export async function acceptInvitation(db: Db, token: string, userId: string) {
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.tokenHash, hashSecret(token)),
          isNull(invitations.acceptedAt),
          gt(invitations.expiresAt, new Date()),
        ),
      )
      .for("update");
    if (!invitation) throw new InvalidError("invitation_invalid");
    if (invitation.email) {
      const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
      if (user?.email !== invitation.email)
        throw new ConflictError("invitation_email_mismatch", { email: invitation.email });
    }
    await addMember(tx as unknown as Db, invitation.hubId, invitation.orgId, userId, invitation.role);
    await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedBy: userId })
      .where(and(eq(invitations.hubId, invitation.hubId), eq(invitations.id, invitation.id)));
    const [org] = await tx
      .select({ hubId: organisations.hubId, id: organisations.id, kind: organisations.kind, name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.hubId, invitation.hubId), eq(organisations.id, invitation.orgId)));
    return { organisation: org as NonNullable<typeof org>, role: invitation.role };
  });
}
