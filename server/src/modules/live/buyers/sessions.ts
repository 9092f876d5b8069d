import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { hashSecret, newSecret } from "../../accounts/secrets.js";

export const BUYER_COOKIE = "taocun_buyer";
const BUYER_SESSION_DAYS = 30;

/** A signed-in buyer: who they are in which hub. */
export type Buyer = { hubId: string; id: string; phone: string };

/** The buyer with this phone in the hub, made on first sign-in. */
export async function buyerOfPhone(db: Db, hubId: string, phone: string): Promise<Buyer> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`insert into live_buyers (hub_id, phone) values (${hubId}, ${phone})
        on conflict (hub_id, phone) do update set phone = excluded.phone
        returning id`,
  );
  return { hubId, id: (row as { id: string }).id, phone };
}

/** Starts a buyer's session; the token goes in the cookie (or a bench's header) and nowhere else. */
export async function startBuyerSession(db: Db, buyer: Buyer): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret("b_");
  const expiresAt = new Date(Date.now() + BUYER_SESSION_DAYS * 86_400_000);
  await db.execute(
    sql`insert into live_buyer_sessions (token_hash, hub_id, buyer_id, expires_at)
        values (${hashSecret(token)}, ${buyer.hubId}, ${buyer.id}, ${expiresAt.toISOString()})`,
  );
  return { token, expiresAt };
}

export async function buyerOfSession(db: Db, token: string): Promise<Buyer | undefined> {
  const [row] = await queryRows<{ hub_id: string; id: string; phone: string }>(
    db,
    sql`select b.hub_id, b.id, b.phone from live_buyer_sessions s
        join live_buyers b on b.hub_id = s.hub_id and b.id = s.buyer_id
        where s.token_hash = ${hashSecret(token)} and s.expires_at > now()`,
  );
  return row && { hubId: row.hub_id, id: row.id, phone: row.phone };
}

export async function endBuyerSession(db: Db, token: string): Promise<void> {
  await db.execute(sql`delete from live_buyer_sessions where token_hash = ${hashSecret(token)}`);
}
