import { sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { type Db, queryRows } from "../../../db/connection.js";
import { UnauthenticatedError } from "../../../http/errors.js";
import { hashSecret } from "../../accounts/secrets.js";
import { BUYER_COOKIE, type Buyer } from "./sessions.js";

// A flash-sale burst reads the same sessions thousands of times a second: they are kept here
// briefly instead of asked of the database each time. A sign-out on another server is seen
// within this long.
const REMEMBER_MS = 60_000;
const MAX_REMEMBERED = 200_000;
// Sessions not yet known that requests bring in the same turn of the event loop are asked of
// the database in one query (up to this many): when a deal opens, tens of thousands of buyers
// tap at once, and a query each kept the database pool and the server busier than the sale.
const MAX_ASKED_TOGETHER = 500;

type Asking = { token: string; resolve: (buyer: Buyer | undefined) => void; reject: (error: Error) => void };

/** Who the buyer behind a request is, from the buyer cookie. */
export class BuyerSessions {
  private readonly known = new Map<string, { buyer: Buyer | undefined; until: number }>();
  private readonly asked = new Map<string, Promise<Buyer | undefined>>();
  private asking: Asking[] = [];

  constructor(private readonly db: Db) {}

  async of(request: FastifyRequest): Promise<Buyer | undefined> {
    const token = request.cookies[BUYER_COOKIE];
    if (!token) return undefined;
    const hit = this.known.get(token);
    if (hit && hit.until > Date.now()) return hit.buyer;
    return this.ask(token);
  }

  async require(request: FastifyRequest): Promise<Buyer> {
    const buyer = await this.of(request);
    if (!buyer) throw new UnauthenticatedError("live_sign_in_required");
    return buyer;
  }

  forget(token: string): void {
    this.known.delete(token);
  }

  /** The session's buyer from the database, asked together with the others of this turn; one question per token. */
  private ask(token: string): Promise<Buyer | undefined> {
    let asked = this.asked.get(token);
    if (!asked) {
      asked = new Promise((resolve, reject) => {
        if (this.asking.length === 0) setImmediate(() => this.askAll());
        this.asking.push({ token, resolve, reject });
      });
      this.asked.set(token, asked);
    }
    return asked;
  }

  private askAll(): void {
    const asking = this.asking;
    this.asking = [];
    for (let first = 0; first < asking.length; first += MAX_ASKED_TOGETHER)
      void this.askTogether(asking.slice(first, first + MAX_ASKED_TOGETHER));
  }

  private async askTogether(asking: Asking[]): Promise<void> {
    try {
      const buyers = await buyersOfSessions(
        this.db,
        asking.map((one) => one.token),
      );
      for (const { token, resolve } of asking) resolve(this.remember(token, buyers.get(token)));
    } catch (error) {
      for (const { reject } of asking) reject(error as Error);
    } finally {
      for (const { token } of asking) this.asked.delete(token);
    }
  }

  private remember(token: string, buyer: Buyer | undefined): Buyer | undefined {
    if (this.known.size >= MAX_REMEMBERED) this.known.clear();
    this.known.set(token, { buyer, until: Date.now() + REMEMBER_MS });
    return buyer;
  }
}

/** buyerOfSession for many tokens in one query: the buyers of those whose session is open. */
async function buyersOfSessions(db: Db, tokens: string[]): Promise<Map<string, Buyer>> {
  const tokenOfHash = new Map(tokens.map((token) => [hashSecret(token), token]));
  const rows = await queryRows<{ token_hash: string; hub_id: string; id: string; phone: string }>(
    db,
    sql`select s.token_hash, b.hub_id, b.id, b.phone from live_buyer_sessions s
        join live_buyers b on b.hub_id = s.hub_id and b.id = s.buyer_id
        where s.token_hash in (select jsonb_array_elements_text(${JSON.stringify([...tokenOfHash.keys()])}::jsonb))
          and s.expires_at > now()`,
  );
  return new Map(
    rows.map((row) => [tokenOfHash.get(row.token_hash) as string, { hubId: row.hub_id, id: row.id, phone: row.phone }]),
  );
}
