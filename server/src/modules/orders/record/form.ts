import { createHash, randomInt } from "node:crypto";
import { sql } from "drizzle-orm";
import type { z } from "zod";
import { type Db, queryRows } from "../../../db/connection.js";
import { ConflictError, InvalidError } from "../../../http/errors.js";
import { parseAddress } from "../address/parse.js";
import type { OrderInput } from "../api-schemas.js";
import { hubClock } from "../cutoff/hub-clock.js";
import type { OrderDraft } from "./drafts.js";
import type { ShopScope } from "./picked-skus.js";
import { recordOrders } from "./record.js";

export type OrderRequest = z.infer<typeof OrderInput>;
export type Created = { orderId: string; replayed: boolean };

/**
 * One order typed into the form (platform manual) or sent by the shop's own system (api).
 * With an Idempotency-Key, a retry returns the order the first request made, and the same
 * key with a different body is refused; the key is also the order's number when the request
 * gives none, so that two retries racing each other still make one order (the number is
 * unique per shop).
 */
export async function createOrder(
  db: Db,
  shop: ShopScope,
  input: OrderRequest,
  source: { platform: "manual" | "api"; idempotencyKey?: string | undefined; timeZone: string },
): Promise<Created> {
  const key = source.idempotencyKey;
  const bodyHash = createHash("sha256").update(JSON.stringify(input)).digest("hex");
  if (key) {
    const replay = await replayed(db, shop, key, bodyHash);
    if (replay) return { orderId: replay, replayed: true };
  }
  const draft = toDraft(input, source.platform, key ?? newNumber(source.timeZone));
  const result = await recordOrders(db, shop, [draft]);
  if (result.problems.length > 0)
    throw new InvalidError(
      "validation_failed",
      {},
      result.problems.map((problem) => ({
        path: `lines.${draft.lines.findIndex((line) => line.skuCode === problem.params.code)}.skuCode`,
        code: problem.code,
        params: problem.params,
      })),
    );
  const orderId = (result.created[0] ?? result.existing[0])?.id as string;
  if (key) await remember(db, shop, key, bodyHash, orderId);
  return { orderId, replayed: result.created.length === 0 };
}

function toDraft(input: OrderRequest, platform: "manual" | "api", fallbackNumber: string): OrderDraft {
  const parsed = parseAddress(input.address);
  if (!parsed.ok)
    throw new InvalidError("validation_failed", {}, [
      { path: "address", code: parsed.problem, params: { value: input.address } },
    ]);
  return {
    platform,
    platformOrderNumber: input.platformOrderNumber ?? fallbackNumber,
    buyerName: input.buyerName,
    phone: input.phone,
    address: parsed.address,
    placedAt: new Date().toISOString(),
    totalFen: input.lines.reduce((sum, line) => sum + line.unitPriceFen * line.quantity, 0),
    lines: input.lines.map((line) => ({ ...line })),
  };
}

/** M + the hub's date + six random digits: a hand-typed order's number. */
function newNumber(timeZone: string): string {
  return `M${hubClock(timeZone).date.replaceAll("-", "")}${String(randomInt(1_000_000)).padStart(6, "0")}`;
}

async function replayed(db: Db, shop: ShopScope, key: string, bodyHash: string): Promise<string | undefined> {
  const [row] = await queryRows<{ order_id: string; body_hash: string }>(
    db,
    sql`select order_id, body_hash from order_requests
        where hub_id = ${shop.hubId} and shop_id = ${shop.orgId} and key = ${key}`,
  );
  if (!row) return undefined;
  if (row.body_hash !== bodyHash) throw new ConflictError("idempotency_key_reused", {}, "Idempotency-Key");
  return row.order_id;
}

async function remember(db: Db, shop: ShopScope, key: string, bodyHash: string, orderId: string): Promise<void> {
  await db.execute(
    sql`insert into order_requests (hub_id, shop_id, key, body_hash, order_id)
        values (${shop.hubId}, ${shop.orgId}, ${key}, ${bodyHash}, ${orderId}) on conflict do nothing`,
  );
  await replayed(db, shop, key, bodyHash);
}
