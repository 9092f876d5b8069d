import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../server/src/db/connection.js";
import { hashSecret, newSecret } from "../../server/src/modules/accounts/secrets.js";
import { buyerOfSession } from "../../server/src/modules/live/buyers/sessions.js";
import type { SignedIn } from "../../server/src/modules/live/flash-sale-fixture.js";

const BATCH = 5_000;
const SESSION_DAYS = 30;

/**
 * Tens of thousands of signed-in buyers, 5,000 to a statement: the rows buyerOfPhone and
 * startBuyerSession write one at a time (which would take longer than the sale). One session is
 * read back the server's way, so a change of the session format fails here, not as 401s.
 */
export async function manyBuyers(db: Db, hubId: string, count: number): Promise<SignedIn[]> {
  const buyers: SignedIn[] = [];
  for (let first = 0; first < count; first += BATCH) {
    const phones = Array.from({ length: Math.min(BATCH, count - first) }, (_, i) => phoneOf(first + i));
    buyers.push(...(await signIn(db, hubId, phones)));
  }
  const sample = buyers[0];
  if (sample && (await buyerOfSession(db, sample.token))?.id !== sample.id)
    throw new Error("a bulk-made buyer session is not one the server knows");
  return buyers;
}

const phoneOf = (n: number) => `137${String(n).padStart(8, "0")}`;

async function signIn(db: Db, hubId: string, phones: string[]): Promise<SignedIn[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`insert into live_buyers (hub_id, phone)
        select ${hubId}, phone from jsonb_array_elements_text(${JSON.stringify(phones)}::jsonb) as p(phone)
        returning id`,
  );
  const buyers = rows.map((row) => ({ id: row.id, token: newSecret("b_") }));
  const sessions = buyers.map((buyer) => ({ hash: hashSecret(buyer.token), buyerId: buyer.id }));
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  await db.execute(
    sql`insert into live_buyer_sessions (token_hash, hub_id, buyer_id, expires_at)
        select s.hash, ${hubId}, s."buyerId", ${expiresAt}
        from jsonb_to_recordset(${JSON.stringify(sessions)}::jsonb) as s(hash text, "buyerId" uuid)`,
  );
  return buyers;
}
