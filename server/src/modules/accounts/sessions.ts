import { and, eq, gt } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { sessions, users } from "./schema.js";
import { hashSecret, newSecret } from "./secrets.js";

/** Starts a web-app session; the returned token goes in the cookie and nowhere else. */
export async function startSession(db: Db, userId: string, days: number): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await db.insert(sessions).values({ tokenHash: hashSecret(token), userId, expiresAt });
  return { token, expiresAt };
}

export async function userOfSession(db: Db, token: string): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: users.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashSecret(token)), gt(sessions.expiresAt, new Date())));
  return row?.userId;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashSecret(token)));
}
