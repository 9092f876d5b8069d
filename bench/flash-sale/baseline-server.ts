/**
 * The flash-sale benchmark's two yardsticks, each a small Fastify server with the buy route
 * alone, started as a child process like taocun's server and loaded by the same harness:
 *
 *   MODE=baseline  what a flash sale naively is: per request one transaction,
 *                  `update baseline_stock set qty = qty - n where qty >= n` and an insert of the
 *                  claim into flash_claims — every buyer waits on the one row's lock and a commit;
 *   MODE=ceiling   only decrements a counter in memory and answers, nothing durable, no
 *                  session: what this machine, node and Fastify can do at all.
 *
 * The baseline reads the buyer's cookie and session (remembered, as taocun does) and checks
 * the origin and the Idempotency-Key, so its work besides counting is taocun's. Bench-only.
 * Env: MODE, PORT, HOST, DATABASE_URL, DATABASE_POOL_SIZE.
 */
import { randomUUID } from "node:crypto";
import cookie from "@fastify/cookie";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import type pg from "pg";
import { type Db, openDatabase } from "../../server/src/db/connection.js";
import { type Buyer, buyerOfSession } from "../../server/src/modules/live/buyers/sessions.js";
import { PAY_WITHIN_MS } from "../../server/src/modules/live/engine/types.js";

const mode = process.env.MODE === "ceiling" ? "ceiling" : "baseline";
const port = Number(process.env.PORT ?? "0");
const app = Fastify({ logger: false });
const sessions = new Map<string, Promise<Buyer | undefined>>();
app.get("/healthz", async () => ({ status: "ok" }));

if (mode === "ceiling") {
  let left = Number.MAX_SAFE_INTEGER;
  app.post<{ Body: { quantity: number } }>("/api/live/deals/:dealId/buy", async (request, reply) => {
    left -= request.body.quantity;
    return reply.status(201).send(accepted(randomUUID(), request.body.quantity, left));
  });
} else {
  await baselineRoute();
}

async function baselineRoute() {
  const database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    poolSize: Number(process.env.DATABASE_POOL_SIZE ?? "12"),
  });
  app.addHook("onClose", () => database.close());
  await app.register(cookie);
  app.post<{ Params: { dealId: string }; Body: { quantity: number } }>(
    "/api/live/deals/:dealId/buy",
    async (request, reply) => {
      const refused = await refusal(request, reply, database.db);
      if (refused) return refused;
      const buyer = (await buyerOf(request, database.db)) as Buyer;
      const key = String(request.headers["idempotency-key"]);
      return buyInTransaction(
        database.pool as pg.Pool,
        reply,
        buyer,
        request.params.dealId,
        request.body.quantity,
        key,
      );
    },
  );
}

/** The checks every buy route makes before counting: origin, key, quantity, a signed-in buyer. */
async function refusal(request: FastifyRequest<{ Body: { quantity: number } }>, reply: FastifyReply, db: Db) {
  if (request.headers.origin !== `http://${request.headers.host}`)
    return reply.status(403).send({ error: { code: "bad_origin" } });
  const key = request.headers["idempotency-key"];
  if (typeof key !== "string" || key.length < 8 || key.length > 64)
    return reply.status(400).send({ error: { code: "validation_failed" } });
  const quantity = request.body?.quantity;
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 100)
    return reply.status(400).send({ error: { code: "quantity_invalid" } });
  if (!(await buyerOf(request, db))) return reply.status(401).send({ error: { code: "live_sign_in_required" } });
  return undefined;
}

function buyerOf(request: FastifyRequest, db: Db): Promise<Buyer | undefined> {
  const token = request.cookies.taocun_buyer ?? "";
  let buyer = sessions.get(token);
  if (!buyer) {
    buyer = buyerOfSession(db, token);
    sessions.set(token, buyer);
  }
  return buyer;
}

/** The naive flash sale: take the units on the stock row, write the claim, commit, answer. */
async function buyInTransaction(
  pool: pg.Pool,
  reply: FastifyReply,
  buyer: Buyer,
  dealId: string,
  quantity: number,
  key: string,
) {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const taken = await client.query<{ qty: number }>(
      "update baseline_stock set qty = qty - $2 where deal_id = $1 and qty >= $2 returning qty",
      [dealId, quantity],
    );
    const row = taken.rows[0];
    if (!row) {
      await client.query("rollback");
      return reply.status(409).send({ error: { code: "sold_out" } });
    }
    const id = randomUUID();
    const payBy = new Date(Date.now() + PAY_WITHIN_MS).toISOString();
    await client.query(
      `insert into flash_claims (hub_id, id, deal_id, buyer_id, quantity, idempotency_key, pay_by)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [buyer.hubId, id, dealId, buyer.id, quantity, key, payBy],
    );
    await client.query("commit");
    return reply.status(201).send(accepted(id, quantity, row.qty, payBy));
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

function accepted(claimId: string, quantity: number, unitsLeft: number, payBy = new Date().toISOString()) {
  return { claimId, quantity, payBy, left: unitsLeft, repeated: false };
}

process.once("SIGTERM", () => {
  void app.close().finally(() => process.exit(0));
});
await app.listen({ port, host: process.env.HOST ?? "127.0.0.1" });
