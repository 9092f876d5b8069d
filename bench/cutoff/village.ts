import pg from "pg";
import type { Db } from "../../server/src/db/connection.js";
import { createHub } from "../../server/src/modules/accounts/hubs.js";
import { parseAddress } from "../../server/src/modules/orders/address/parse.js";
import { saveOrderSettings } from "../../server/src/modules/orders/cutoff/settings.js";
import type { OrderDraft } from "../../server/src/modules/orders/record/drafts.js";
import { recordOrders } from "../../server/src/modules/orders/record/record.js";

/** A seeded generator: the same village on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type VillageScale = { shops: number; suppliers: number; productsPerSupplier: number };

export type Village = {
  hubId: string;
  /** Each shop's id and the SKU codes of the products it picked. */
  shops: { id: string; codes: string[] }[];
  /** A shop that picked from many suppliers, for the Taobao export. */
  importShop: { id: string; codes: string[] };
  skus: number;
  products: number;
  picks: number;
};

const COLOURS = ["黑色", "米白"];
const SIZES = ["小号", "中号", "大号"];
const KINDS = ["托特包", "双肩包", "斜挎包", "发夹", "手机壳", "收纳盒", "袜子", "围巾", "玩具车", "保温杯"];
const PICKS_PER_SHOP = 8;
const IMPORT_SHOP_PICKS = 40;

/**
 * The village in set-based SQL, as a year of suppliers listing goods and shops picking them
 * would leave it: suppliers with products in 2 colours × 3 sizes (two wholesale tiers, a
 * dropship price on two in three), stock of 0–40 a SKU, shops that picked 8 products of
 * 2–4 suppliers, and a third of the suppliers handing over by pickup. Returns the shops with
 * the codes they can order.
 */
export async function generateVillage(url: string, db: Db, scale: VillageScale): Promise<Village> {
  const hub = await createHub(db, { slug: "bench-qingyanliu", name: "青岩刘村", nameEn: "Qingyanliu" });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const next = random(20_261_122);
  try {
    const supplierNames = Array.from(
      { length: scale.suppliers },
      (_, i) => `青岩刘货源${String(i + 1).padStart(3, "0")}厂`,
    );
    const shopNames = Array.from({ length: scale.shops }, (_, i) => `小店${String(i + 1).padStart(5, "0")}`);
    const { rows: orgs } = await client.query<{ id: string; name: string; kind: string }>(
      `insert into organisations (hub_id, kind, name)
       select $1, k::org_kind, n from unnest($2::text[], $3::text[]) as o(k, n) returning id, name, kind`,
      [
        hub.id,
        [...supplierNames.map(() => "supplier"), ...shopNames.map(() => "shop"), "shop"],
        [...supplierNames, ...shopNames, "义乌爆款直播店"],
      ],
    );
    const idOf = new Map(orgs.map((org) => [org.name, org.id]));
    const suppliers = supplierNames.map((name) => idOf.get(name) as string);

    // Products: productsPerSupplier per supplier; SKUs: 6 per product, codes S<supplier>-P<product>-<k>.
    const products: { supplier: number; title: string }[] = [];
    for (let s = 0; s < scale.suppliers; s++)
      for (let p = 0; p < scale.productsPerSupplier; p++)
        products.push({
          supplier: s,
          title: `${KINDS[(s + p) % KINDS.length]} ${COLOURS.join("/")} ${s + 1}-${p + 1}`,
        });
    const { rowCount: productCount } = await client.query(
      `insert into products (hub_id, supplier_id, title, options, moq, status)
       select $1, p.supplier_id, p.title, $4::jsonb, 2, 'active'
       from unnest($2::uuid[], $3::text[]) as p(supplier_id, title)`,
      [
        hub.id,
        products.map((p) => suppliers[p.supplier]),
        products.map((p) => p.title),
        JSON.stringify([
          { name: "颜色", values: COLOURS },
          { name: "尺码", values: SIZES },
        ]),
      ],
    );
    const { rows: titled } = await client.query<{ id: string; title: string }>(
      "select id, title from products where hub_id = $1",
      [hub.id],
    );
    const productId = new Map(titled.map((row) => [row.title, row.id]));
    if (productCount !== products.length) throw new Error("products were not all inserted");

    const sku = {
      product: [] as string[],
      supplier: [] as string[],
      code: [] as string[],
      options: [] as string[],
      weight: [] as number[],
      onHand: [] as number[],
      dropship: [] as (number | null)[],
      retail: [] as number[],
      position: [] as number[],
      price: [] as number[],
    };
    const codesOf = new Map<number, string[]>();
    products.forEach((product, p) => {
      const base = 500 + Math.floor(next() * 40) * 100;
      const codes: string[] = [];
      SIZES.forEach((size, z) => {
        COLOURS.forEach((colour, c) => {
          const k = z * COLOURS.length + c;
          const code = `S${String(product.supplier + 1).padStart(2, "0")}-P${String(p + 1).padStart(4, "0")}-${k + 1}`;
          const price = base + z * 200;
          codes.push(code);
          sku.product.push(productId.get(product.title) as string);
          sku.supplier.push(suppliers[product.supplier] as string);
          sku.code.push(code);
          sku.options.push(JSON.stringify([colour, size]));
          sku.weight.push(200 + z * 150 + Math.floor(next() * 50));
          sku.onHand.push(next() < 0.05 ? 0 : Math.floor(next() * 41));
          sku.dropship.push(p % 3 === 2 ? null : Math.round(price * 1.15));
          sku.retail.push(price * 2);
          sku.position.push(k);
          sku.price.push(price);
        });
      });
      codesOf.set(p, codes);
    });
    await client.query(
      `insert into skus (hub_id, product_id, supplier_id, code, option_values, weight_grams, on_hand, dropship_price_fen,
         retail_price_fen, position)
       select $1, s.product_id, s.supplier_id, s.code, s.options::jsonb, s.weight, s.on_hand, s.dropship, s.retail, s.position
       from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[], $10::int[])
         as s(product_id, supplier_id, code, options, weight, on_hand, dropship, retail, position)`,
      [
        hub.id,
        sku.product,
        sku.supplier,
        sku.code,
        sku.options,
        sku.weight,
        sku.onHand,
        sku.dropship,
        sku.retail,
        sku.position,
      ],
    );
    // Two wholesale tiers: from the MOQ, and 10 % off from 10 units.
    await client.query(
      `insert into sku_price_tiers (hub_id, sku_id, min_quantity, price_fen)
       select $1, s.id, t.min_quantity, t.price_fen
       from skus s join unnest($2::text[], $3::uuid[], $4::int[]) as p(code, supplier_id, price)
         on p.code = s.code and p.supplier_id = s.supplier_id
       cross join lateral (values (2, p.price), (10, (p.price * 0.9)::int)) t(min_quantity, price_fen)
       where s.hub_id = $1`,
      [hub.id, sku.code, sku.supplier, sku.price],
    );
    // The products' summaries, as refreshProductSummary keeps them (without search vectors).
    await client.query(
      `update products p set price_fen = s.price_fen, dropship_price_fen = s.dropship_price_fen, available = s.available
       from (select v.product_id, min(t.price_fen) as price_fen, min(v.dropship_price_fen) as dropship_price_fen,
               sum(v.on_hand - v.reserved)::int as available
             from skus v join sku_price_tiers t on t.hub_id = v.hub_id and t.sku_id = v.id and t.min_quantity = 2
             where v.hub_id = $1 group by v.product_id) s
       where p.hub_id = $1 and p.id = s.product_id`,
      [hub.id],
    );

    // Picks: each shop 8 products of 2–4 suppliers; the import shop 40 products of 10.
    const pickShop: string[] = [];
    const pickProduct: string[] = [];
    const pickProducts = (count: number, supplierCount: number) => {
      const chosenSuppliers = new Set<number>();
      while (chosenSuppliers.size < Math.min(supplierCount, scale.suppliers))
        chosenSuppliers.add(Math.floor(next() ** 1.5 * scale.suppliers));
      const from = [...chosenSuppliers];
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, from.length * scale.productsPerSupplier)) {
        const s = from[Math.floor(next() * from.length)] as number;
        chosen.add(s * scale.productsPerSupplier + Math.floor(next() * scale.productsPerSupplier));
      }
      return [...chosen];
    };
    const shops = shopNames.map((name) => {
      const id = idOf.get(name) as string;
      const chosen = pickProducts(PICKS_PER_SHOP, 2 + Math.floor(next() * 3));
      for (const p of chosen) {
        pickShop.push(id);
        pickProduct.push(productId.get((products[p] as { title: string }).title) as string);
      }
      return { id, codes: chosen.flatMap((p) => codesOf.get(p) as string[]) };
    });
    const importId = idOf.get("义乌爆款直播店") as string;
    const importChosen = pickProducts(IMPORT_SHOP_PICKS, 10);
    for (const p of importChosen) {
      pickShop.push(importId);
      pickProduct.push(productId.get((products[p] as { title: string }).title) as string);
    }
    await client.query(
      `insert into picks (hub_id, shop_id, product_id) select $1, p.shop_id, p.product_id
       from unnest($2::uuid[], $3::uuid[]) as p(shop_id, product_id)`,
      [hub.id, pickShop, pickProduct],
    );
    // A third of the suppliers hand over by pickup (自提), the others dropship (代发).
    const supplierModes = Object.fromEntries(
      suppliers.filter((_, i) => i % 3 === 0).map((id) => [id, "pickup" as const]),
    );
    await saveOrderSettings(db, hub.id, { cutoffTime: "16:00", defaultMode: "dropship", supplierModes });
    await client.query("vacuum analyze");
    return {
      hubId: hub.id,
      shops,
      importShop: { id: importId, codes: importChosen.flatMap((p) => codesOf.get(p) as string[]) },
      skus: sku.code.length,
      products: products.length,
      picks: pickShop.length,
    };
  } finally {
    await client.end();
  }
}

/** Addresses in several provinces, as buyers type them; each parses. */
export const ADDRESSES = [
  "浙江省 金华市 义乌市 江东街道 青岩刘村3区5幢101室",
  "北京 北京市 朝阳区 建国路88号SOHO现代城2号楼1203",
  "广东省 广州市 天河区 天河路385号",
  "上海 上海市 浦东新区 张江路1号",
  "广西壮族自治区 南宁市 青秀区 民族大道100号",
  "江苏省 苏州市 姑苏区 观前街12号",
  "四川省 成都市 武侯区 人民南路四段27号",
  "湖北省 武汉市 洪山区 珞喻路1037号",
];
const SURNAMES = ["张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰"];

export type PlannedLine = { code: string; quantity: number; priceFen: number };
export type PlannedOrder = { number: string; buyer: string; phone: string; address: string; lines: PlannedLine[] };

/**
 * Orders of a shop's buyers: 1 line (60 %), 2 (30 %) or 3 (10 %), mostly one unit, of the
 * codes the shop picked. The numbers are Taobao-like, 19 digits, unique over the run.
 */
export function planOrders(next: () => number, codes: string[], count: number, firstNumber: bigint): PlannedOrder[] {
  const orders: PlannedOrder[] = [];
  for (let i = 0; i < count; i++) {
    const roll = next();
    const lineCount = roll < 0.6 ? 1 : roll < 0.9 ? 2 : 3;
    const lines: PlannedLine[] = [];
    for (let l = 0; l < lineCount; l++) {
      const q = next();
      lines.push({
        code: codes[Math.floor(next() * codes.length)] as string,
        quantity: q < 0.7 ? 1 : q < 0.9 ? 2 : 3 + Math.floor(next() * 3),
        priceFen: 1990 + Math.floor(next() * 80) * 100,
      });
    }
    orders.push({
      number: String(firstNumber + BigInt(i)),
      buyer: `${SURNAMES[Math.floor(next() * SURNAMES.length)]}${GIVEN[Math.floor(next() * GIVEN.length)]}`,
      phone: `13${String(Math.floor(next() * 1e9)).padStart(9, "0")}`,
      address: `${ADDRESSES[Math.floor(next() * ADDRESSES.length)]}${1 + Math.floor(next() * 99)}号`,
      lines,
    });
  }
  return orders;
}

const parsed = new Map<string, ReturnType<typeof parseAddress>>();

export function draftOf(order: PlannedOrder): OrderDraft {
  const result = parsed.get(order.address) ?? parseAddress(order.address);
  parsed.set(order.address, result);
  if (!result.ok) throw new Error(`the address ${order.address} does not parse: ${result.problem}`);
  return {
    platform: "taobao",
    platformOrderNumber: order.number,
    buyerName: order.buyer,
    phone: order.phone,
    address: result.address,
    placedAt: "2026-11-22T10:00:00+08:00",
    lines: order.lines.map((line) => ({
      skuCode: line.code,
      title: "",
      quantity: line.quantity,
      unitPriceFen: line.priceFen,
    })),
  };
}

/**
 * The day's orders, recorded through recordOrders a shop at a time, as each shop's import
 * would bring them in. Returns the orders and lines recorded.
 */
export async function recordVillageOrders(
  db: Db,
  village: Village,
  count: number,
): Promise<{ orders: number; lines: number; reserved: number; backordered: number }> {
  const next = random(7_777);
  const perShop = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const shop = Math.floor(next() * village.shops.length);
    perShop.set(shop, (perShop.get(shop) ?? 0) + 1);
  }
  let number = 3_912_345_600_000_000_000n;
  const totals = { orders: 0, lines: 0, reserved: 0, backordered: 0 };
  for (const [index, shop] of village.shops.entries()) {
    const wanted = perShop.get(index) ?? 0;
    if (wanted === 0) continue;
    const planned = planOrders(next, shop.codes, wanted, number);
    number += BigInt(wanted);
    const result = await recordOrders(db, { hubId: village.hubId, orgId: shop.id }, planned.map(draftOf));
    if (result.problems.length > 0) throw new Error(`orders not recorded: ${JSON.stringify(result.problems[0])}`);
    totals.orders += result.created.length;
    for (const order of result.created) {
      totals.reserved += order.reserved;
      totals.backordered += order.backordered;
      totals.lines += order.reserved + order.backordered;
    }
  }
  return totals;
}
