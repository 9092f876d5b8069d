import type { components } from "../api/schema.gen";

type PurchaseOrder = components["schemas"]["PurchaseOrder"];
export type PoStatus = PurchaseOrder["status"];
export type PoMode = PurchaseOrder["mode"];
export type PoLine = PurchaseOrder["lines"][number];
export type PoBuyer = PurchaseOrder["orders"][number];

/** A purchase order's road: confirmed, ready, then collected by the shop (自提) or shipped to the buyers (代发). */
export const STEPS: Record<PoMode, PoStatus[]> = {
  pickup: ["open", "confirmed", "ready", "collected"],
  dropship: ["open", "confirmed", "ready", "shipped"],
};

export const PO_COLOURS: Record<PoStatus, string> = {
  open: "orange",
  confirmed: "blue",
  ready: "grape",
  collected: "green",
  shipped: "green",
};

/** The status the supplier moves a purchase order to next, or null once the goods left. */
export function nextStatus(po: { status: PoStatus; mode: PoMode }): Exclude<PoStatus, "open"> | null {
  const steps = STEPS[po.mode];
  const next = steps[steps.indexOf(po.status) + 1];
  return next && next !== "open" ? next : null;
}

/** How far along the road a purchase order is: 0 for open, 3 when the goods left. */
export const stepIndex = (po: { status: PoStatus; mode: PoMode }) => Math.max(0, STEPS[po.mode].indexOf(po.status));

/** Units can be short-shipped until the goods are ready; after that they are counted out. */
export const canShortShip = (status: PoStatus) => status === "open" || status === "confirmed";

export type ShopGroup<P> = { shopId: string; shopName: string; purchaseOrders: P[]; units: number; totalFen: number };

/** A supplier's day by shop, shops by name (as the pick list groups them), each with what it takes and owes. */
export function byShop<P extends Pick<PurchaseOrder, "shopId" | "shopName" | "units" | "totalFen">>(
  purchaseOrders: P[],
): ShopGroup<P>[] {
  const groups = new Map<string, ShopGroup<P>>();
  for (const po of purchaseOrders) {
    const group = groups.get(po.shopId) ?? {
      shopId: po.shopId,
      shopName: po.shopName,
      purchaseOrders: [],
      units: 0,
      totalFen: 0,
    };
    group.purchaseOrders.push(po);
    group.units += po.units;
    group.totalFen += po.totalFen;
    groups.set(po.shopId, group);
  }
  return [...groups.values()].sort((a, b) => a.shopName.localeCompare(b.shopName, "zh-CN"));
}

/** The day's figures at the top: shops, purchase orders, units to hand over and what they are worth. */
export function dayTotals(purchaseOrders: Pick<PurchaseOrder, "shopId" | "units" | "totalFen">[]) {
  return {
    shops: new Set(purchaseOrders.map((po) => po.shopId)).size,
    purchaseOrders: purchaseOrders.length,
    units: purchaseOrders.reduce((sum, po) => sum + po.units, 0),
    totalFen: purchaseOrders.reduce((sum, po) => sum + po.totalFen, 0),
  };
}

/** A dropship purchase order as parcels: each buyer with the lines packed for them, in the buyers' order. */
export function linesByBuyer(po: Pick<PurchaseOrder, "lines" | "orders">): { buyer: PoBuyer; lines: PoLine[] }[] {
  return po.orders
    .map((buyer) => ({ buyer, lines: po.lines.filter((line) => line.orderId === buyer.orderId) }))
    .filter((parcel) => parcel.lines.length > 0);
}
