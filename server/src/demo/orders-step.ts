import { sql } from "drizzle-orm";
import { queryRows } from "../db/connection.js";
import { parseAddress } from "../modules/orders/address/parse.js";
import { everyCounty, type WrittenCounty } from "../modules/orders/address/samples.js";
import { hubClock } from "../modules/orders/cutoff/hub-clock.js";
import { runCutoff } from "../modules/orders/cutoff/run.js";
import type { OrderDraft } from "../modules/orders/record/drafts.js";
import { recordOrders } from "../modules/orders/record/record.js";
import type { DemoContext, DemoStep } from "./context.js";
import { mobilePhone, personName } from "./people.js";
import type { Random } from "./random.js";

// Where a Yiwu shop's buyers live: mostly the rich east and south, some everywhere else.
const BUYER_PROVINCES = ["浙江省", "广东省", "江苏省", "上海市", "北京市", "山东省", "福建省", "四川省", "湖北省"];
const ROADS = ["人民路", "解放路", "中山路", "建设路", "和平路", "文化路", "幸福路", "长江路"];
// Orders per shop on one day; the face shop (the demo login) always has some.
const ORDERS_PER_SHOP: [number, number] = [0, 5];

type Sellable = { shopId: string; code: string; title: string; retailFen: number };

/**
 * A day of village orders: yesterday's, already cut off into purchase orders (so suppliers
 * have pick lists and both sides statements), and today's, waiting for today's cut-off.
 * Recorded through the orders module itself, so stock is reserved and backorders made as
 * they would be for real.
 */
export const ordersStep: DemoStep = {
  name: "orders",
  async run(ctx) {
    const sellable = await sellableByShop(ctx);
    if (sellable.size === 0) return;
    const counties = everyCounty();
    const today = hubClock(ctx.hub.timeZone).date;
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await recordDay(ctx, sellable, counties, `${yesterday}T11:00:00+08:00`);
    await runCutoff(ctx.db, ctx.hub.id, yesterday);
    await recordDay(ctx, sellable, counties, `${today}T09:30:00+08:00`);
  },
};

async function recordDay(
  ctx: DemoContext,
  sellable: Map<string, Sellable[]>,
  counties: WrittenCounty[],
  placedAt: string,
): Promise<void> {
  for (const [i, [shopId, goods]] of [...sellable].entries()) {
    const count = i === 0 ? 3 : ctx.rng.int(...ORDERS_PER_SHOP);
    const drafts: OrderDraft[] = [];
    for (let n = 0; n < count; n++) drafts.push(order(ctx.rng, goods, counties, placedAt));
    if (drafts.length > 0) await recordOrders(ctx.db, { hubId: ctx.hub.id, orgId: shopId }, drafts);
  }
}

function order(rng: Random, goods: Sellable[], counties: WrittenCounty[], placedAt: string): OrderDraft {
  const lines = rng
    .shuffle(goods)
    .slice(0, rng.int(1, Math.min(3, goods.length)))
    .map((good) => ({ skuCode: good.code, title: good.title, quantity: rng.int(1, 3), unitPriceFen: good.retailFen }));
  const address = parseAddress(buyerAddress(rng, counties));
  if (!address.ok) throw new Error(`the demo wrote an address it cannot read: ${address.problem}`);
  return {
    platform: "taobao",
    platformOrderNumber: String(rng.int(100_000_000, 999_999_999)) + String(rng.int(100_000_000, 999_999_999)),
    buyerName: personName(rng),
    phone: mobilePhone(rng),
    address: address.address,
    placedAt,
    lines,
  };
}

export function buyerAddress(rng: Random, counties: WrittenCounty[]): string {
  const province = rng.chance(0.8) ? rng.pick(BUYER_PROVINCES) : rng.pick(counties).province;
  const county = rng.pick(counties.filter((c) => c.province === province && c.county !== "市辖区"));
  return `${county.province}${county.city}${county.county}${rng.pick(ROADS)}${rng.int(1, 300)}号${rng.int(1, 30)}幢${rng.int(1, 6)}0${rng.int(1, 4)}室`;
}

/** Every shop's picked SKUs with a retail price, shops in the order the village lists them. */
async function sellableByShop(ctx: DemoContext): Promise<Map<string, Sellable[]>> {
  const rows = await queryRows<Sellable>(
    ctx.db,
    sql`select k.shop_id as "shopId", s.code, p.title, coalesce(s.retail_price_fen, 0) as "retailFen"
        from picks k
        join products p on p.hub_id = k.hub_id and p.id = k.product_id
        join skus s on s.hub_id = k.hub_id and s.product_id = k.product_id and (k.sku_id is null or k.sku_id = s.id)
        where k.hub_id = ${ctx.hub.id}
        order by s.code`,
  );
  const place = new Map(ctx.organisations.map((org, i) => [org.id, i]));
  const byShop = new Map<string, Sellable[]>();
  for (const row of rows.sort((a, b) => (place.get(a.shopId) ?? 0) - (place.get(b.shopId) ?? 0))) {
    const goods = byShop.get(row.shopId) ?? [];
    goods.push(row);
    byShop.set(row.shopId, goods);
  }
  return byShop;
}
