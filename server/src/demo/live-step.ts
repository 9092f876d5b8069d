import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../db/connection.js";
import { buyerOfPhone } from "../modules/live/buyers/sessions.js";
import { drawWinners } from "../modules/live/draws/winners.js";
import { InProcessEngine } from "../modules/live/engine/in-process.js";
import { type LiveLine, liveOrder } from "../modules/live/payment/pay.js";
import { createRoom } from "../modules/live/rooms/rooms.js";
import { note } from "../modules/live/rooms/timeline.js";
import { parseAddress } from "../modules/orders/address/parse.js";
import { everyCounty } from "../modules/orders/address/samples.js";
import { hubClock, hubOffset } from "../modules/orders/cutoff/hub-clock.js";
import { saveOrders } from "../modules/orders/record/save.js";
import type { DemoContext, DemoStep } from "./context.js";
import { buyerAddress } from "./orders-step.js";
import { mobilePhone, personName } from "./people.js";

// Last night's clearance show, 20:00 to 21:00: two deals, a crowd of phone buyers, a lucky draw.
const DEALS = [
  { code: "1", quantity: 200, perBuyerLimit: 3, priceShare: 0.6, opensAt: 5, closesAt: 30 },
  { code: "2", quantity: 120, perBuyerLimit: 2, priceShare: 0.7, opensAt: 37, closesAt: 55 },
];
const BUYERS = 120;
const WATCHERS = 640;
const COMMENTS = 300;
const PAID_SHARE = 0.85;
const SAYINGS = [
  "扣1",
  "扣1",
  "扣2",
  "主播好",
  "这个包能装电脑吗",
  "黑色还有吗",
  "已拍",
  "什么时候发货",
  "福袋！",
  "好看",
];

type Item = { id: string; code: string; title: string; supplier_id: string; price_fen: number };

/**
 * The factory's show of last night, ended, with its report to read (deals sold through the
 * inventory engine itself, comments, viewers, a draw, most claims paid and become orders),
 * and a shop's show scheduled for tonight.
 */
export const liveStep: DemoStep = {
  name: "live",
  async run(ctx) {
    const factory = ctx.organisations.find((org) => org.kind === "supplier");
    const shop = ctx.organisations.find((org) => org.kind === "shop");
    if (!factory || !shop) return;
    const items = await factoryItems(ctx.db, ctx.hub.id, factory.id);
    if (items.length === 0) return;
    const evening = eveningOf(ctx, -1);
    const roomId = await endedRoom(ctx, factory.id, items, evening);
    await sellLastNight(ctx, roomId, factory.id, items, evening);
    await scheduledRoom(ctx, shop.id, eveningOf(ctx, 0));
  },
};

/** 20:00 in the hub's time zone, `days` from today. */
function eveningOf(ctx: DemoContext, days: number): Date {
  const today = hubClock(ctx.hub.timeZone).date;
  const date = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${date}T20:00:00${hubOffset(ctx.hub.timeZone)}`);
}

const dealPrice = (item: Item, terms: (typeof DEALS)[number]) => Math.round(item.price_fen * terms.priceShare);

const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

async function factoryItems(db: Db, hubId: string, factoryId: string): Promise<Item[]> {
  return queryRows<Item>(
    db,
    sql`select s.id, s.code, p.title, s.supplier_id, coalesce(s.retail_price_fen, s.dropship_price_fen, 2000) as price_fen
        from skus s join products p on p.hub_id = s.hub_id and p.id = s.product_id
        where s.hub_id = ${hubId} and s.supplier_id = ${factoryId} and p.status = 'active'
        order by s.clearance_quantity desc, s.code limit 4`,
  );
}

async function endedRoom(ctx: DemoContext, factoryId: string, items: Item[], evening: Date): Promise<string> {
  const seller = { hubId: ctx.hub.id, orgId: factoryId, kind: "supplier" };
  const room = await createRoom(ctx.db, seller, {
    title: "工厂清仓专场 · 真皮包 5 折起",
    scheduledAt: evening.toISOString(),
    anchors: ["厂长老刘", "小美"],
    skuIds: items.map((item) => item.id),
  });
  await ctx.db.execute(
    sql`update live_rooms set status = 'ended', started_at = ${evening.toISOString()},
          ended_at = ${minutes(evening, 60).toISOString()}, peak_viewers = ${Math.round(WATCHERS * 0.4)},
          likes = ${ctx.rng.int(9_000, 15_000)}
        where hub_id = ${ctx.hub.id} and id = ${room.id}`,
  );
  return room.id;
}

async function scheduledRoom(ctx: DemoContext, shopId: string, evening: Date): Promise<void> {
  const picks = await queryRows<{ id: string }>(
    ctx.db,
    sql`select s.id from picks k join skus s on s.hub_id = k.hub_id and s.product_id = k.product_id
          and (k.sku_id is null or k.sku_id = s.id)
        where k.hub_id = ${ctx.hub.id} and k.shop_id = ${shopId} order by s.code limit 3`,
  );
  await createRoom(
    ctx.db,
    { hubId: ctx.hub.id, orgId: shopId, kind: "shop" },
    {
      title: "今晚 8 点 · 新款包包上新",
      scheduledAt: evening.toISOString(),
      anchors: ["店主小燕"],
      skuIds: picks.map((pick) => pick.id),
    },
  );
}

async function sellLastNight(ctx: DemoContext, roomId: string, sellerId: string, items: Item[], evening: Date) {
  const where = { hubId: ctx.hub.id, roomId };
  const buyers = await Promise.all(
    Array.from({ length: BUYERS }, () => buyerOfPhone(ctx.db, ctx.hub.id, mobilePhone(ctx.rng))),
  );
  await note(ctx.db, where.hubId, where.roomId, "started", { at: evening });
  const engine = new InProcessEngine(ctx.db);
  for (const [i, terms] of DEALS.entries()) {
    const item = items[i % items.length] as Item;
    const opens = minutes(evening, terms.opensAt);
    await note(ctx.db, where.hubId, where.roomId, "pinned", { at: minutes(opens, -3), skuId: item.id });
    const dealId = await insertDeal(ctx.db, where, sellerId, item, terms, opens, minutes(evening, terms.closesAt));
    await note(ctx.db, where.hubId, where.roomId, "deal_launched", {
      at: opens,
      skuId: item.id,
      dealId,
      detail: { dealPriceFen: dealPrice(item, terms), quantity: terms.quantity, startsAt: opens.toISOString() },
    });
    for (const buyer of buyers) {
      const at = minutes(opens, ctx.rng.int(0, (terms.closesAt - terms.opensAt) * 60 - 1) / 60);
      const quantity = ctx.rng.int(1, terms.perBuyerLimit);
      await engine.buy({ hubId: ctx.hub.id, dealId, buyerId: buyer.id, quantity, key: "tap", at });
    }
  }
  await engine.close();
  await settleClaims(ctx, roomId);
  await talk(
    ctx,
    where,
    buyers.map((buyer) => buyer.id),
    evening,
  );
  await note(ctx.db, where.hubId, where.roomId, "ended", { at: minutes(evening, 60) });
}

async function insertDeal(
  db: Db,
  where: { hubId: string; roomId: string },
  sellerId: string,
  item: Item,
  terms: (typeof DEALS)[number],
  opens: Date,
  closes: Date,
): Promise<string> {
  const [deal] = await queryRows<{ id: string }>(
    db,
    sql`insert into flash_deals (hub_id, seller_id, room_id, sku_id, code, deal_price_fen, quantity, per_buyer_limit, starts_at, ends_at)
        values (${where.hubId}, ${sellerId}, ${where.roomId}, ${item.id}, ${terms.code},
                ${dealPrice(item, terms)}, ${terms.quantity}, ${terms.perBuyerLimit},
                ${opens.toISOString()}, ${closes.toISOString()})
        returning id`,
  );
  return (deal as { id: string }).id;
}

/**
 * Most of last night's buyers paid within their fifteen minutes, and those claims became the
 * factory's live orders; the rest expired. Claims are dated by when they were bought.
 */
async function settleClaims(ctx: DemoContext, roomId: string): Promise<void> {
  const claims = await queryRows<LiveLine & { at: string }>(
    ctx.db,
    sql`update flash_claims c set created_at = c.pay_by - interval '15 minutes'
        from flash_deals d join skus s on s.hub_id = d.hub_id and s.id = d.sku_id
          join products p on p.hub_id = s.hub_id and p.id = s.product_id
        where d.hub_id = c.hub_id and d.id = c.deal_id and d.room_id = ${roomId}
        returning c.id, d.sku_id as "skuId", s.supplier_id as "supplierId", s.code, p.title, c.quantity,
          d.deal_price_fen as "dealPriceFen", to_json(c.pay_by - interval '13 minutes')#>>'{}' as at`,
  );
  const counties = everyCounty();
  for (const claim of claims) {
    if (!ctx.rng.chance(PAID_SHARE)) {
      await ctx.db.execute(
        sql`update flash_claims set status = 'expired' where hub_id = ${ctx.hub.id} and id = ${claim.id}`,
      );
      continue;
    }
    const address = parseAddress(buyerAddress(ctx.rng, counties));
    if (!address.ok) continue;
    const to = { name: personName(ctx.rng), phone: mobilePhone(ctx.rng), address: address.address };
    const [order] = (
      await saveOrders(ctx.db, { hubId: ctx.hub.id, orgId: claim.supplierId }, [liveOrder(claim, to, claim.at)])
    ).created;
    await ctx.db.execute(
      sql`update flash_claims set status = 'paid', paid_at = ${claim.at}, payment_ref = ${`SIM-demo-${claim.id}`},
            order_id = ${order?.id ?? null}
          where hub_id = ${ctx.hub.id} and id = ${claim.id}`,
    );
  }
}

/** Comments through the show, who watched it, and the lucky draw among the last minutes' commenters. */
async function talk(ctx: DemoContext, where: { hubId: string; roomId: string }, buyerIds: string[], evening: Date) {
  const comments = Array.from({ length: COMMENTS }, () => ({
    buyer: ctx.rng.pick(buyerIds),
    text: ctx.rng.pick(SAYINGS),
    at: minutes(evening, ctx.rng.int(0, 3599) / 60).toISOString(),
  }));
  await ctx.db.execute(
    sql`insert into live_comments (hub_id, room_id, buyer_id, text, created_at)
        select ${where.hubId}, ${where.roomId}, c.buyer, c.text, c.at
        from jsonb_to_recordset(${JSON.stringify(comments)}::jsonb) as c(buyer uuid, text text, at timestamptz)`,
  );
  const watchers = [...buyerIds, ...Array.from({ length: WATCHERS - buyerIds.length }, (_, i) => `anon-demo-${i}`)];
  await ctx.db.execute(
    sql`insert into live_views (hub_id, room_id, viewer, first_at)
        select ${where.hubId}, ${where.roomId}, v, ${evening.toISOString()}
        from jsonb_array_elements_text(${JSON.stringify(watchers)}::jsonb) as v`,
  );
  await drawAt(ctx, where, comments, minutes(evening, 50));
}

async function drawAt(
  ctx: DemoContext,
  where: { hubId: string; roomId: string },
  comments: { buyer: string; at: string }[],
  at: Date,
): Promise<void> {
  const from = minutes(at, -10);
  const entrants = [
    ...new Set(comments.filter((c) => new Date(c.at) > from && new Date(c.at) <= at).map((c) => c.buyer)),
  ];
  if (entrants.length === 0) return;
  const seed = `demo-${ctx.hub.id}`;
  const winners = drawWinners(seed, entrants, 3);
  await ctx.db.execute(
    sql`insert into live_draws (hub_id, room_id, prize, window_from, window_to, winner_count, seed, entrants, winners, created_at)
        values (${where.hubId}, ${where.roomId}, '福袋：真皮零钱包', ${from.toISOString()}, ${at.toISOString()}, 3, ${seed},
                ${JSON.stringify(entrants)}::jsonb, ${JSON.stringify(winners)}::jsonb, ${at.toISOString()})`,
  );
  await note(ctx.db, where.hubId, where.roomId, "draw", {
    at,
    detail: { prize: "福袋：真皮零钱包", winners: winners.length },
  });
}
