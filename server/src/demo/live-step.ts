import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows } from "../db/connection.js";
import { InProcessEngine } from "../modules/live/engine/in-process.js";
import { hubClock, hubOffset } from "../modules/orders/cutoff/hub-clock.js";
import type { DemoStep } from "./context.js";
import { mobilePhone } from "./people.js";

// Last night's clearance show: 200 bags at a deal price, three a buyer, 20:00 to 21:00.
const DEAL = { quantity: 200, perBuyerLimit: 3, priceShare: 0.6 };
const BUYERS = 120;

/**
 * Last night's flash deal of the face factory's first bag, sold through the inventory engine
 * itself to a crowd of phone-number buyers: the claims a report and a replay start from.
 */
export const liveStep: DemoStep = {
  name: "live",
  async run(ctx) {
    const factory = ctx.organisations.find((org) => org.kind === "supplier");
    if (!factory) return;
    const [sku] = await queryRows<{ id: string; dropship_price_fen: number }>(
      ctx.db,
      sql`select id, coalesce(dropship_price_fen, 2000) as dropship_price_fen from skus where hub_id = ${ctx.hub.id} and supplier_id = ${factory.id}
          order by code limit 1`,
    );
    if (!sku) return;
    const today = hubClock(ctx.hub.timeZone).date;
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const offset = hubOffset(ctx.hub.timeZone);
    const startsAt = new Date(`${yesterday}T20:00:00${offset}`);
    const dealId = randomUUID();
    await ctx.db.execute(
      sql`insert into flash_deals (hub_id, id, seller_id, sku_id, deal_price_fen, quantity, per_buyer_limit, starts_at, ends_at)
          values (${ctx.hub.id}, ${dealId}, ${factory.id}, ${sku.id}, ${Math.round(sku.dropship_price_fen * DEAL.priceShare)},
                  ${DEAL.quantity}, ${DEAL.perBuyerLimit}, ${startsAt.toISOString()},
                  ${new Date(startsAt.getTime() + 3_600_000).toISOString()})`,
    );
    const engine = new InProcessEngine(ctx.db);
    for (let i = 0; i < BUYERS; i++) {
      const at = new Date(startsAt.getTime() + ctx.rng.int(0, 3_599) * 1000);
      const buyerId = `phone:${mobilePhone(ctx.rng)}`;
      await engine.buy({
        hubId: ctx.hub.id,
        dealId,
        buyerId,
        quantity: ctx.rng.int(1, DEAL.perBuyerLimit),
        key: "tap",
        at,
      });
    }
    await engine.close();
  },
};
