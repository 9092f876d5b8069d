import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/connection.js";
import { orderVillage } from "../orders/test-village.js";
import { buyerOfPhone, startBuyerSession } from "./buyers/sessions.js";
import { launchDeal } from "./deals/deals.js";
import { createRoom } from "./rooms/rooms.js";

/** A signed-in buyer as a load generator holds them: the cookie `taocun_buyer=<token>` is who they are. */
export type SignedIn = { id: string; token: string };

/**
 * A factory's room on air with a bag in stock, written straight to the database before a
 * server starts: what the crash test and the flash-sale benchmark sell from. `launch` opens a
 * flash deal of the bag now, for `durationMinutes` (an hour unless told).
 */
export async function liveSale(db: Db, stock: number) {
  const village = await orderVillage(db, stock);
  const seller = { ...village.supplier, kind: "supplier" };
  const [sku] = await queryRows<{ id: string }>(
    db,
    sql`select id from skus where hub_id = ${village.hub.id} order by code limit 1`,
  );
  const skuId = (sku as { id: string }).id;
  const created = await createRoom(db, seller, {
    title: "白沟工厂清仓专场",
    scheduledAt: new Date().toISOString(),
    anchors: ["小王"],
    skuIds: [skuId],
  });
  // On air, as the anchor's start would leave it (startRoom needs a running Live).
  await db.execute(sql`update live_rooms set status = 'live', started_at = now() where id = ${created.id}`);
  const room = { ...created, status: "live" as const };
  const launch = async (terms: { quantity: number; perBuyerLimit: number; durationMinutes?: number }) => {
    const deal = await launchDeal(db, room, {
      skuId,
      dealPriceFen: 3_900,
      quantity: terms.quantity,
      perBuyerLimit: terms.perBuyerLimit,
      startsInSeconds: 0,
      durationMinutes: terms.durationMinutes ?? 60,
    });
    return deal.id;
  };
  return { hubId: village.hub.id, roomId: room.id, launch };
}

/** Buyers of the hub, each signed in once (no SMS round trip), with phones 138 + `first`… */
export async function signedInBuyers(db: Db, hubId: string, count: number, first = 0): Promise<SignedIn[]> {
  const buyers: SignedIn[] = [];
  for (let i = first; i < first + count; i++) {
    const buyer = await buyerOfPhone(db, hubId, `138${String(i).padStart(8, "0")}`);
    const { token } = await startBuyerSession(db, buyer);
    buyers.push({ id: buyer.id, token });
  }
  return buyers;
}
