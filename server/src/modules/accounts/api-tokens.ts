import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { NotFoundError } from "../../http/errors.js";
import { apiTokens } from "./schema.js";
import { hashSecret, newSecret } from "./secrets.js";

export type TokenScope = { hubId: string; orgId: string; userId: string };

/** Creates a bearer token for one member of one organisation; the secret is shown once. */
export async function createApiToken(db: Db, scope: TokenScope, name: string) {
  const token = newSecret("tc_");
  const [row] = await db
    .insert(apiTokens)
    .values({ ...scope, name: name.trim(), prefix: token.slice(0, 10), tokenHash: hashSecret(token) })
    .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt });
  return { ...(row as NonNullable<typeof row>), token };
}

export function listApiTokens(db: Db, scope: TokenScope) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.hubId, scope.hubId), eq(apiTokens.orgId, scope.orgId), eq(apiTokens.userId, scope.userId)))
    .orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(db: Db, scope: TokenScope, tokenId: string): Promise<void> {
  const deleted = await db
    .delete(apiTokens)
    .where(
      and(
        eq(apiTokens.hubId, scope.hubId),
        eq(apiTokens.orgId, scope.orgId),
        eq(apiTokens.userId, scope.userId),
        eq(apiTokens.id, tokenId),
      ),
    )
    .returning({ id: apiTokens.id });
  if (deleted.length === 0) throw new NotFoundError("token");
}

/** Who a bearer token speaks for. Marks it used at most once a minute, to keep reads cheap. */
export async function scopeOfApiToken(db: Db, token: string): Promise<TokenScope | undefined> {
  const [row] = await db
    .select({
      hubId: apiTokens.hubId,
      orgId: apiTokens.orgId,
      userId: apiTokens.userId,
      id: apiTokens.id,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, hashSecret(token)));
  if (!row) return undefined;
  if (!row.lastUsedAt || row.lastUsedAt.getTime() < Date.now() - 60_000) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(
        and(
          eq(apiTokens.hubId, row.hubId),
          eq(apiTokens.id, row.id),
          or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`)),
        ),
      );
  }
  return { hubId: row.hubId, orgId: row.orgId, userId: row.userId };
}
