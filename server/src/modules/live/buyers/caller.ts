import type { FastifyRequest } from "fastify";
import type { Db } from "../../../db/connection.js";
import { UnauthenticatedError } from "../../../http/errors.js";
import { BUYER_COOKIE, type Buyer, buyerOfSession } from "./sessions.js";

// A flash-sale burst reads the same sessions thousands of times a second: they are kept here
// briefly instead of asked of the database each time. A sign-out on another server is seen
// within this long.
const REMEMBER_MS = 60_000;
const MAX_REMEMBERED = 200_000;

/** Who the buyer behind a request is, from the buyer cookie. */
export class BuyerSessions {
  private readonly known = new Map<string, { buyer: Buyer | undefined; until: number }>();

  constructor(private readonly db: Db) {}

  async of(request: FastifyRequest): Promise<Buyer | undefined> {
    const token = request.cookies[BUYER_COOKIE];
    if (!token) return undefined;
    const now = Date.now();
    const hit = this.known.get(token);
    if (hit && hit.until > now) return hit.buyer;
    const buyer = await buyerOfSession(this.db, token);
    if (this.known.size >= MAX_REMEMBERED) this.known.clear();
    this.known.set(token, { buyer, until: now + REMEMBER_MS });
    return buyer;
  }

  async require(request: FastifyRequest): Promise<Buyer> {
    const buyer = await this.of(request);
    if (!buyer) throw new UnauthenticatedError("live_sign_in_required");
    return buyer;
  }

  forget(token: string): void {
    this.known.delete(token);
  }
}
