/**
 * The orders loop as a property: random sequences of recorded orders (some brought in again),
 * stock arrivals and stock counts, cancellations, cut-offs, short-ships and purchase orders
 * moving on, over a village of two suppliers and two shops. After every step, straight from
 * SQL: stock and reservations never negative, reserved within on hand and equal to what the
 * open lines and purchase orders hold, no order twice, every ordered line on exactly one
 * purchase order at the price the supplier charges, parcels per buyer order and purchase
 * order, and each day's statement the sum of its lines, as the statements service shows it too.
 * Each run gets a village (a hub) of its own in one database shared by the runs.
 */
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../../test/database.js";
import { type Database, type Db, queryRows } from "../../db/connection.js";
import { AppError } from "../../http/errors.js";
import { createOrganisation } from "../accounts/organisations.js";
import { createProduct, type ProductInput } from "../catalog/products.js";
import { changeStock } from "../catalog/stock.js";
import { toteBag } from "../catalog/test-fixtures.js";
import { connectModules } from "../connect.js";
import { addPick } from "../sourcing/picks.js";
import type { FulfilmentMode } from "./cutoff/fulfilment.js";
import { hubClock } from "./cutoff/hub-clock.js";
import { runCutoff } from "./cutoff/run.js";
import { saveOrderSettings } from "./cutoff/settings.js";
import { advancePurchaseOrder, cancelLine, type PoStatus, shortShip } from "./purchase-orders/handover.js";
import { recordOrders } from "./record/record.js";
import { draft, orderVillage } from "./test-village.js";
import { statementsOf } from "./views/statements.js";

let database: Database;

beforeAll(async () => {
  connectModules();
  database = await testDatabase();
});
afterAll(() => database.close());

type Scope = { hubId: string; orgId: string };
type Tier = { minQuantity: number; priceFen: number };
type Sku = {
  id: string;
  code: string;
  productId: string;
  supplierId: string;
  weightGrams: number;
  dropshipPriceFen: number | null;
  tiers: Tier[];
};
type Village = { hubId: string; today: string; shops: Scope[]; skus: Sku[]; modes: Map<string, FulfilmentMode> };

/** What the test knows without asking the orders code: stock on hand, order numbers, days cut off. */
type Model = { onHand: Map<string, number>; numbers: string[][]; next: number; cutOff: Set<string> };

type Setup = { stock: number; modes: [FulfilmentMode, FulfilmentMode] };
type Command =
  | { kind: "record"; shop: number; orders: { lines: [number, number][]; again: number | null }[] }
  | { kind: "arrive"; sku: number; delta: number }
  | { kind: "count"; sku: number; onHand: number }
  | { kind: "cancel"; line: number }
  | { kind: "cutoff"; daysAgo: number }
  | { kind: "short"; line: number; short: number }
  | { kind: "advance"; po: number; to: PoStatus | "next" | "through" };

const SKUS = 12;
const mode = fc.constantFrom<FulfilmentMode>("pickup", "dropship");
const setupArb: fc.Arbitrary<Setup> = fc.record({
  stock: fc.integer({ min: 0, max: 40 }),
  modes: fc.tuple(mode, mode),
});
const sku = fc.integer({ min: 0, max: SKUS - 1 });
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("record" as const),
      shop: fc.integer({ min: 0, max: 1 }),
      orders: fc.array(
        fc.record({
          lines: fc.array(fc.tuple(sku, fc.integer({ min: 1, max: 20 })), { minLength: 1, maxLength: 3 }),
          // Sometimes an order number the shop brought in before: it must not come in twice. Only
          // numbers of earlier commands: one recordOrders call holding the same new number twice
          // fails today on order_lines_position_key instead of being refused (reported, not fixed).
          again: fc.option(fc.nat(), { freq: 4 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("arrive" as const), sku, delta: fc.integer({ min: 1, max: 30 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("count" as const), sku, onHand: fc.integer({ min: 0, max: 60 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), line: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("cutoff" as const), daysAgo: fc.integer({ min: 0, max: 2 }) }),
  },
  // Quantities are 1–20: a short of up to 22 is now and then more than the line holds.
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("short" as const),
      line: fc.nat(),
      short: fc.integer({ min: 0, max: 22 }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("advance" as const),
      po: fc.nat(),
      // Mostly the next step or all of them; now and then any status, most often refused.
      to: fc.constantFrom<PoStatus | "next" | "through">(
        "next",
        "next",
        "through",
        "through",
        "through",
        "open",
        "confirmed",
        "ready",
        "collected",
        "shipped",
      ),
    }),
  },
);

/** handover.ts's moves, written out again: where a purchase order may go from each status. */
const NEXT: Record<PoStatus, Record<FulfilmentMode, PoStatus | undefined>> = {
  open: { pickup: "confirmed", dropship: "confirmed" },
  confirmed: { pickup: "ready", dropship: "ready" },
  ready: { pickup: "collected", dropship: "shipped" },
  collected: { pickup: undefined, dropship: undefined },
  shipped: { pickup: undefined, dropship: undefined },
};

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query);

/** The test village (a bag supplier, two shops) plus a charm supplier whose SKUs have no dropship price. */
async function makeVillage(db: Db, setup: Setup): Promise<Village> {
  const base = await orderVillage(db, setup.stock);
  const hubId = base.hub.id;
  const charms = await createOrganisation(db, { hubId, kind: "supplier", name: "义乌饰品厂" }, base.user.id);
  const bag = toteBag("CHARM");
  const input: ProductInput = {
    ...bag,
    title: "合金手机挂件 多色可选",
    skus: bag.skus.map((one) => ({
      ...one,
      onHand: setup.stock,
      dropshipPriceFen: null,
      tiers: [
        { minQuantity: 3, priceFen: 900 },
        { minQuantity: 10, priceFen: 800 },
        { minQuantity: 30, priceFen: 700 },
      ],
    })),
  };
  const product = await createProduct(db, { hubId, orgId: charms.id }, input);
  for (const shop of base.shops) await addPick(db, shop, { productId: product.id });
  const [first, second] = setup.modes;
  const modes = new Map([
    [base.supplier.orgId, first],
    [charms.id, second],
  ]);
  await saveOrderSettings(db, hubId, {
    cutoffTime: "16:00",
    defaultMode: "dropship",
    supplierModes: Object.fromEntries(modes),
  });
  const skus = await queryRows<Sku>(
    db,
    sql`select s.id, s.code, s.product_id as "productId", s.supplier_id as "supplierId", s.weight_grams as "weightGrams",
          s.dropship_price_fen as "dropshipPriceFen",
          coalesce((select json_agg(json_build_object('minQuantity', t.min_quantity, 'priceFen', t.price_fen)
                                    order by t.min_quantity)
                    from sku_price_tiers t where t.hub_id = s.hub_id and t.sku_id = s.id), '[]') as tiers
        from skus s where s.hub_id = ${hubId} order by s.code`,
  );
  expect(skus).toHaveLength(SKUS);
  return { hubId, today: hubClock(base.hub.timeZone).date, shops: [...base.shops], skus, modes };
}

/** Runs `work` and says whether it was refused with `code`; any other error fails the property. */
async function refused(work: () => Promise<unknown>, code: string): Promise<boolean> {
  try {
    await work();
    return false;
  } catch (error) {
    if (error instanceof AppError && error.code === code) return true;
    throw error;
  }
}

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

// Lists are ordered by what the commands made (order numbers, names, dates), never by random
// ids, so a shrunk counterexample picks the same rows when it runs again.
type LineRow = { id: string; order_id: string; status: string; sku_id: string; quantity: number; shop_id: string };
const linesOf = (v: Village) =>
  rows<LineRow>(
    sql`select l.id, l.order_id, l.status, l.sku_id, l.quantity, l.shop_id from order_lines l
        join orders o on o.hub_id = l.hub_id and o.id = l.order_id
        join organisations shop on shop.hub_id = l.hub_id and shop.id = l.shop_id
        where l.hub_id = ${v.hubId} order by shop.name, o.platform_order_number, l.position`,
  );
type PoRow = { id: string; supplier_id: string; status: PoStatus; mode: FulfilmentMode };
const posOf = (v: Village) =>
  rows<PoRow>(
    sql`select po.id, po.supplier_id, po.status, po.mode from purchase_orders po
        join organisations supplier on supplier.hub_id = po.hub_id and supplier.id = po.supplier_id
        join organisations shop on shop.hub_id = po.hub_id and shop.id = po.shop_id
        where po.hub_id = ${v.hubId} order by po.business_date, supplier.name, shop.name`,
  );
type PoLineRow = {
  po_id: string;
  supplier_id: string;
  status: PoStatus;
  order_line_id: string;
  order_id: string;
  sku_id: string;
  quantity: number;
  short_quantity: number;
};
const poLinesOf = (v: Village) =>
  rows<PoLineRow>(
    sql`select po.id as po_id, po.supplier_id, po.status, pl.order_line_id, l.order_id, pl.sku_id, pl.quantity,
          pl.short_quantity
        from purchase_order_lines pl
        join purchase_orders po on po.hub_id = pl.hub_id and po.id = pl.purchase_order_id
        join order_lines l on l.hub_id = pl.hub_id and l.id = pl.order_line_id
        join orders o on o.hub_id = l.hub_id and o.id = l.order_id
        join organisations supplier on supplier.hub_id = po.hub_id and supplier.id = po.supplier_id
        join organisations shop on shop.hub_id = po.hub_id and shop.id = po.shop_id
        where pl.hub_id = ${v.hubId}
        order by po.business_date, supplier.name, shop.name, o.platform_order_number, l.position`,
  );

async function stock(v: Village, skuId: string) {
  const [row] = await rows<{ on_hand: number; reserved: number }>(
    sql`select on_hand, reserved from skus where hub_id = ${v.hubId} and id = ${skuId}`,
  );
  if (!row) throw new Error(`no SKU ${skuId}`);
  return row;
}

/** Right after stock came in for a SKU, no backorder of it that the stock covers may be left waiting. */
async function backordersServed(v: Village, skuId: string): Promise<void> {
  const left = await rows<{ quantity: number; available: number }>(
    sql`select l.quantity, s.on_hand - s.reserved as available from order_lines l
        join skus s on s.hub_id = l.hub_id and s.id = l.sku_id
        where l.hub_id = ${v.hubId} and l.sku_id = ${skuId} and l.status = 'backordered'
          and l.quantity <= s.on_hand - s.reserved`,
  );
  expect(left, "a backorder the arrived stock covers is still waiting").toEqual([]);
}

async function apply(v: Village, model: Model, command: Command): Promise<void> {
  const db = database.db;
  switch (command.kind) {
    case "record": {
      const known = model.numbers[command.shop] as string[];
      const drafts = command.orders.map((order) => {
        const again = order.again !== null && known.length > 0 ? known[order.again % known.length] : undefined;
        if (again === undefined) model.next += 1;
        const number = again ?? `N${model.next}`;
        return draft(
          order.lines.map(([index, quantity]) => [(v.skus[index] as Sku).code, quantity]),
          number,
        );
      });
      const numbers = drafts.map((one) => one.platformOrderNumber);
      const result = await recordOrders(db, v.shops[command.shop] as Scope, drafts);
      // One number twice in one batch is refused as a whole, and nothing is written.
      if (new Set(numbers).size < numbers.length) {
        expect(result.problems.map((problem) => problem.code)).toContain("order_number_repeated");
        expect(result.created).toEqual([]);
        return;
      }
      const fresh = numbers.filter((n) => !known.includes(n));
      expect(result.problems).toEqual([]);
      expect(result.created.map((order) => order.platformOrderNumber).sort()).toEqual([...fresh].sort());
      known.push(...fresh);
      return;
    }
    case "arrive": {
      const one = v.skus[command.sku] as Sku;
      await changeStock(db, { hubId: v.hubId, orgId: one.supplierId }, one.productId, one.id, { delta: command.delta });
      model.onHand.set(one.id, (model.onHand.get(one.id) ?? 0) + command.delta);
      await backordersServed(v, one.id);
      return;
    }
    case "count": {
      const one = v.skus[command.sku] as Sku;
      const before = await stock(v, one.id);
      const change = () =>
        changeStock(db, { hubId: v.hubId, orgId: one.supplierId }, one.productId, one.id, { onHand: command.onHand });
      const wasRefused = await refused(change, "stock_below_reserved");
      expect(wasRefused, `set on hand ${command.onHand} with ${before.reserved} reserved`).toBe(
        command.onHand < before.reserved,
      );
      if (wasRefused) return;
      model.onHand.set(one.id, command.onHand);
      if (command.onHand > before.on_hand) await backordersServed(v, one.id);
      return;
    }
    case "cancel": {
      const lines = await linesOf(v);
      const line = lines[command.line % Math.max(1, lines.length)];
      if (!line) return;
      const wasRefused = await refused(
        () => cancelLine(db, { hubId: v.hubId, orgId: line.shop_id }, line.id),
        "line_not_cancellable",
      );
      expect(wasRefused, `cancel a ${line.status} line`).toBe(line.status === "ordered");
      const [after] = await rows<{ status: string }>(
        sql`select status from order_lines where hub_id = ${v.hubId} and id = ${line.id}`,
      );
      expect(after?.status).toBe(wasRefused ? "ordered" : "cancelled");
      return;
    }
    case "cutoff": {
      const date = daysBefore(v.today, command.daysAgo);
      const reserved = (await linesOf(v)).filter((line) => line.status === "reserved");
      const posBefore = (await posOf(v)).length;
      const result = await runCutoff(db, v.hubId, date);
      expect(result.ran, `cut-off of ${date}, run before: ${model.cutOff.has(date)}`).toBe(!model.cutOff.has(date));
      model.cutOff.add(date);
      const after = await linesOf(v);
      if (result.ran) {
        const pairs = new Set(
          reserved.map((line) => `${(v.skus.find((s) => s.id === line.sku_id) as Sku).supplierId}:${line.shop_id}`),
        );
        expect(result.counts.lines).toBe(reserved.length);
        expect(result.counts.purchaseOrders).toBe(pairs.size);
        expect(after.filter((line) => line.status === "reserved")).toEqual([]);
        expect((await posOf(v)).length).toBe(posBefore + pairs.size);
      } else {
        expect(after.filter((line) => line.status === "reserved")).toHaveLength(reserved.length);
        expect((await posOf(v)).length).toBe(posBefore);
      }
      return;
    }
    case "short": {
      const lines = await poLinesOf(v);
      const line = lines[command.line % Math.max(1, lines.length)];
      if (!line) return;
      const linesBefore = (await linesOf(v)).filter((one) => one.order_id === line.order_id).length;
      const supplier = { hubId: v.hubId, orgId: line.supplier_id };
      const ship = () => shortShip(db, supplier, line.po_id, line.order_line_id, command.short);
      const open = line.status === "open" || line.status === "confirmed";
      if (!open) {
        expect(await refused(ship, "purchase_order_status_invalid"), `short-ship on a ${line.status} order`).toBe(true);
        return;
      }
      const tooMany = await refused(ship, "short_more_than_ordered");
      expect(tooMany, `short ${command.short} of ${line.quantity}`).toBe(command.short > line.quantity);
      const [after] = await rows<{ short_quantity: number }>(
        sql`select short_quantity from purchase_order_lines where hub_id = ${v.hubId} and order_line_id = ${line.order_line_id}`,
      );
      const more = tooMany ? 0 : Math.max(0, command.short - line.short_quantity);
      expect(after?.short_quantity).toBe(line.short_quantity + more);
      model.onHand.set(line.sku_id, (model.onHand.get(line.sku_id) ?? 0) - more);
      const linesAfter = await linesOf(v);
      const added = linesAfter.filter((one) => one.order_id === line.order_id).length - linesBefore;
      expect(added, "a short-ship backorders the rest as one new line").toBe(more > 0 ? 1 : 0);
      return;
    }
    case "advance": {
      const pos = await posOf(v);
      const picked = pos[command.po % Math.max(1, pos.length)];
      if (!picked) return;
      if (command.to !== "through") return advanceOnce(v, model, picked, command.to);
      // All the way: each step the next one, until the goods are handed over.
      for (let po: PoRow | undefined = picked; po && NEXT[po.status][po.mode]; ) {
        await advanceOnce(v, model, po, "next");
        po = (await posOf(v)).find((one) => one.id === picked.id);
      }
      return;
    }
  }
}

/** One move of a purchase order, refused unless it is the next of its status and mode. */
async function advanceOnce(v: Village, model: Model, po: PoRow, target: PoStatus | "next"): Promise<void> {
  const next = NEXT[po.status][po.mode];
  const to = target === "next" ? (next ?? "shipped") : target;
  const supplier = { hubId: v.hubId, orgId: po.supplier_id };
  const leaving = (await poLinesOf(v)).filter((line) => line.po_id === po.id);
  const wasRefused = await refused(
    () => advancePurchaseOrder(database.db, supplier, po.id, to),
    "purchase_order_status_invalid",
  );
  expect(wasRefused, `${po.mode} order ${po.status} → ${to}`).toBe(to !== next);
  const [after] = await rows<{ status: string }>(
    sql`select status from purchase_orders where hub_id = ${v.hubId} and id = ${po.id}`,
  );
  expect(after?.status).toBe(wasRefused ? po.status : to);
  if (!wasRefused && (to === "collected" || to === "shipped"))
    for (const line of leaving)
      model.onHand.set(line.sku_id, (model.onHand.get(line.sku_id) ?? 0) - (line.quantity - line.short_quantity));
}

/** What a supplier charges for a SKU: dropship price (else the first tier), or the tier the PO's units reach. */
function unitCost(one: Sku, mode: FulfilmentMode, unitsOnPo: number): number {
  const first = one.tiers[0]?.priceFen as number;
  if (mode === "dropship") return one.dropshipPriceFen ?? first;
  const reached = one.tiers.filter((tier) => tier.minQuantity <= unitsOnPo).at(-1);
  return reached?.priceFen ?? first;
}

/**
 * The statements service's answer for every shop and supplier on every day with purchase
 * orders: the same pairs, each day's amount the sum of its lines, each line (ordered − short) ×
 * cost, the opening balance what the earlier days add up to.
 */
async function servedStatements(v: Village, byStatement: Map<string, number>): Promise<string[]> {
  const wrong: string[] = [];
  const dates = [...new Set([...byStatement.keys()].map((key) => key.split(":")[2] as string))];
  const parties = [
    ...v.shops.map((shop) => ({ side: "shop" as const, orgId: shop.orgId })),
    ...[...v.modes.keys()].map((orgId) => ({ side: "supplier" as const, orgId })),
  ];
  for (const date of dates)
    for (const party of parties) {
      const served = await statementsOf(database.db, { hubId: v.hubId, orgId: party.orgId }, party.side, date);
      const expected = [...byStatement.keys()].filter((key) => {
        const [shop, supplier, day] = key.split(":");
        return day === date && (party.side === "shop" ? shop : supplier) === party.orgId;
      });
      if (served.length !== expected.length)
        wrong.push(`${party.side} ${party.orgId} on ${date}: ${served.length} statements, ${expected.length} expected`);
      for (const statement of served) {
        const key = `${statement.shopId}:${statement.supplierId}:${date}`;
        const opening = [...byStatement]
          .filter(([other]) => other.startsWith(`${statement.shopId}:${statement.supplierId}:`))
          .filter(([other]) => (other.split(":")[2] as string) < date)
          .reduce((sum, [, total]) => sum + total, 0);
        const lines = statement.lines.reduce((sum, line) => sum + line.amountFen, 0);
        const deducted = statement.lines.reduce((sum, line) => sum + line.deductedFen, 0);
        if (statement.dayFen !== byStatement.get(key) || statement.dayFen !== lines)
          wrong.push(`statement ${key}: ${statement.dayFen}, lines ${lines}, from PO lines ${byStatement.get(key)}`);
        if (statement.deductedFen !== deducted) wrong.push(`statement ${key}: deducted ${statement.deductedFen}`);
        if (statement.openingFen !== opening || statement.closingFen !== opening + statement.dayFen)
          wrong.push(`statement ${key}: opening ${statement.openingFen} (${opening}), closing ${statement.closingFen}`);
        for (const line of statement.lines)
          if (
            line.amountFen !== (line.quantity - line.shortQuantity) * line.unitCostFen ||
            line.deductedFen !== line.shortQuantity * line.unitCostFen
          )
            wrong.push(`statement ${key}: line ${line.skuCode} ${JSON.stringify(line)}`);
      }
    }
  return wrong;
}

/** Every invariant, read from the database; returns what is wrong (nothing, it should be). */
async function violations(v: Village, model: Model): Promise<string[]> {
  const wrong: string[] = [];
  const hubId = v.hubId;

  // Stock: never negative, reserved within on hand, on hand as the model says, and reserved
  // exactly what the waiting lines and the purchase orders not yet handed over hold.
  const stockRows = await rows<{ id: string; code: string; on_hand: number; reserved: number; held: number }>(
    sql`select s.id, s.code, s.on_hand, s.reserved,
          (coalesce((select sum(l.quantity) from order_lines l
                     where l.hub_id = s.hub_id and l.sku_id = s.id and l.status = 'reserved'), 0)
           + coalesce((select sum(pl.quantity - pl.short_quantity) from purchase_order_lines pl
                       join purchase_orders po on po.hub_id = pl.hub_id and po.id = pl.purchase_order_id
                       where pl.hub_id = s.hub_id and pl.sku_id = s.id and po.status not in ('collected', 'shipped')), 0)
          )::int as held
        from skus s where s.hub_id = ${hubId} order by s.code`,
  );
  for (const row of stockRows) {
    if (row.on_hand < 0) wrong.push(`${row.code}: on hand ${row.on_hand}`);
    if (row.reserved < 0) wrong.push(`${row.code}: reserved ${row.reserved}`);
    if (row.reserved > row.on_hand) wrong.push(`${row.code}: reserved ${row.reserved} > on hand ${row.on_hand}`);
    if (row.reserved !== row.held)
      wrong.push(`${row.code}: reserved ${row.reserved}, lines and open POs hold ${row.held}`);
    if (row.on_hand !== model.onHand.get(row.id))
      wrong.push(`${row.code}: on hand ${row.on_hand}, expected ${model.onHand.get(row.id)}`);
  }

  // No order twice, and exactly the orders recorded.
  const orders = await rows<{ shop_id: string; platform_order_number: string; n: number }>(
    sql`select shop_id, platform_order_number, count(*)::int as n from orders where hub_id = ${hubId}
        group by shop_id, platform, platform_order_number`,
  );
  for (const order of orders.filter((one) => one.n > 1)) wrong.push(`order ${order.platform_order_number} ×${order.n}`);
  const recorded = model.numbers.reduce((sum, numbers) => sum + numbers.length, 0);
  if (orders.length !== recorded) wrong.push(`${orders.length} orders, ${recorded} recorded`);

  // An ordered line is on exactly one purchase order, with its SKU and quantity, of its shop and
  // supplier; no other line is on one.
  const lines = await rows<{
    id: string;
    status: string;
    sku_id: string;
    quantity: number;
    on_pos: number;
    po_sku: string | null;
    po_quantity: number | null;
    same_parties: boolean | null;
  }>(
    sql`select l.id, l.status, l.sku_id, l.quantity,
          (select count(*)::int from purchase_order_lines x where x.hub_id = l.hub_id and x.order_line_id = l.id) as on_pos,
          pl.sku_id as po_sku, pl.quantity as po_quantity,
          (po.shop_id = l.shop_id and po.supplier_id = l.supplier_id) as same_parties
        from order_lines l
        left join purchase_order_lines pl on pl.hub_id = l.hub_id and pl.order_line_id = l.id
        left join purchase_orders po on po.hub_id = pl.hub_id and po.id = pl.purchase_order_id
        where l.hub_id = ${hubId}`,
  );
  for (const line of lines) {
    const ordered = line.status === "ordered";
    if (line.on_pos !== (ordered ? 1 : 0)) wrong.push(`${line.status} line ${line.id} on ${line.on_pos} POs`);
    if (ordered && (line.po_sku !== line.sku_id || line.po_quantity !== line.quantity || !line.same_parties))
      wrong.push(`line ${line.id} differs from its PO line`);
  }

  // Statements: per shop, supplier and day, what the shop owes is the sum over its PO lines of
  // the units handed over (ordered − short) × the unit cost, the cost being what the supplier
  // charges for the way the goods go and, for pickup, the units of the SKU on the PO.
  // Three ways: summed in SQL, summed here line by line, and as statementsOf (views/statements.ts)
  // shows them to the shop and to the supplier.
  const poLines = await rows<{
    shop_id: string;
    supplier_id: string;
    business_date: string;
    po_id: string;
    mode: FulfilmentMode;
    sku_id: string;
    quantity: number;
    short_quantity: number;
    unit_cost_fen: number;
  }>(
    sql`select po.shop_id, po.supplier_id, po.business_date::text, po.id as po_id, po.mode, pl.sku_id, pl.quantity,
          pl.short_quantity, pl.unit_cost_fen
        from purchase_order_lines pl join purchase_orders po on po.hub_id = pl.hub_id and po.id = pl.purchase_order_id
        where pl.hub_id = ${hubId}`,
  );
  const statements = await rows<{ shop_id: string; supplier_id: string; business_date: string; total: number }>(
    sql`select po.shop_id, po.supplier_id, po.business_date::text,
          sum((pl.quantity - pl.short_quantity) * pl.unit_cost_fen)::int as total
        from purchase_orders po join purchase_order_lines pl on pl.hub_id = po.hub_id and pl.purchase_order_id = po.id
        where po.hub_id = ${hubId} group by po.shop_id, po.supplier_id, po.business_date`,
  );
  const byStatement = new Map<string, number>();
  const unitsOnPo = new Map<string, number>();
  for (const line of poLines) {
    const key = `${line.shop_id}:${line.supplier_id}:${line.business_date}`;
    byStatement.set(key, (byStatement.get(key) ?? 0) + (line.quantity - line.short_quantity) * line.unit_cost_fen);
    unitsOnPo.set(`${line.po_id}:${line.sku_id}`, (unitsOnPo.get(`${line.po_id}:${line.sku_id}`) ?? 0) + line.quantity);
    if (line.short_quantity < 0 || line.short_quantity > line.quantity)
      wrong.push(`PO line short ${line.short_quantity} of ${line.quantity}`);
  }
  for (const line of poLines) {
    const one = v.skus.find((candidate) => candidate.id === line.sku_id) as Sku;
    if (line.mode !== v.modes.get(line.supplier_id)) wrong.push(`PO ${line.po_id} is ${line.mode}`);
    const expected = unitCost(one, line.mode, unitsOnPo.get(`${line.po_id}:${line.sku_id}`) ?? 0);
    if (line.unit_cost_fen !== expected)
      wrong.push(`${one.code} on a ${line.mode} PO at ${line.unit_cost_fen}, not ${expected}`);
  }
  if (statements.length !== byStatement.size)
    wrong.push(`${statements.length} statements, ${byStatement.size} from lines`);
  for (const statement of statements) {
    const key = `${statement.shop_id}:${statement.supplier_id}:${statement.business_date}`;
    if (statement.total !== byStatement.get(key))
      wrong.push(`statement ${key}: ${statement.total}, its lines sum to ${byStatement.get(key)}`);
  }
  wrong.push(...(await servedStatements(v, byStatement)));
  const pos = await rows<{ id: string; lines: number }>(
    sql`select po.id, (select count(*)::int from purchase_order_lines pl
                      where pl.hub_id = po.hub_id and pl.purchase_order_id = po.id) as lines
        from purchase_orders po where po.hub_id = ${hubId}`,
  );
  for (const po of pos.filter((one) => one.lines === 0)) wrong.push(`PO ${po.id} without lines`);

  // A parcel per buyer order and purchase order, weighing what its lines weigh, sent by the
  // supplier (dropship) or the shop (pickup).
  const parcels = await rows<{
    order_id: string;
    po_id: string;
    n: number;
    weight: number;
    expected: number;
    sender_ok: boolean;
  }>(
    sql`select k.order_id, k.po_id, count(p.id)::int as n, min(p.weight_grams) as weight, k.expected,
          bool_and(p.sender_id = case when k.mode = 'dropship' then k.supplier_id else k.shop_id end) as sender_ok
        from (select l.order_id, po.id as po_id, po.mode, po.supplier_id, po.shop_id,
                greatest(1, sum(s.weight_grams * pl.quantity))::int as expected
              from purchase_order_lines pl
              join purchase_orders po on po.hub_id = pl.hub_id and po.id = pl.purchase_order_id
              join order_lines l on l.hub_id = pl.hub_id and l.id = pl.order_line_id
              join skus s on s.hub_id = pl.hub_id and s.id = pl.sku_id
              where pl.hub_id = ${hubId} group by l.order_id, po.id, po.mode, po.supplier_id, po.shop_id) k
        left join parcels p on p.hub_id = ${hubId} and p.order_id = k.order_id and p.purchase_order_id = k.po_id
        group by k.order_id, k.po_id, k.expected`,
  );
  for (const parcel of parcels) {
    if (parcel.n !== 1) wrong.push(`order ${parcel.order_id} on PO ${parcel.po_id}: ${parcel.n} parcels`);
    else if (parcel.weight !== parcel.expected || !parcel.sender_ok)
      wrong.push(`parcel of order ${parcel.order_id}: ${parcel.weight} g, expected ${parcel.expected} g`);
  }
  const [allParcels] = await rows<{ n: number }>(sql`select count(*)::int as n from parcels where hub_id = ${hubId}`);
  if (allParcels?.n !== parcels.length) wrong.push(`${allParcels?.n} parcels for ${parcels.length} order–PO pairs`);
  return wrong;
}

describe("orders, stock and purchase orders under any sequence of events", () => {
  it("never let stock or reservations go wrong, and every statement is the sum of its lines", async () => {
    await fc.assert(
      fc.asyncProperty(
        setupArb,
        fc.array(commandArb, { minLength: 1, maxLength: 25, size: "max" }),
        async (setup, commands) => {
          const v = await makeVillage(database.db, setup);
          const model: Model = {
            onHand: new Map(v.skus.map((one) => [one.id, setup.stock])),
            numbers: [[], []],
            next: 0,
            cutOff: new Set(),
          };
          for (const [step, command] of commands.entries()) {
            await apply(v, model, command);
            expect(await violations(v, model), `after step ${step + 1}: ${JSON.stringify(command)}`).toEqual([]);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 180_000);
});
