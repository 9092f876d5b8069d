import { describe, expect, it } from "vitest";
import { byShop, canShortShip, dayTotals, linesByBuyer, nextStatus, stepIndex } from "./handover";

describe("purchase order steps", () => {
  it("goes confirmed → ready → shipped when the supplier dropships to the buyers", () => {
    expect(nextStatus({ mode: "dropship", status: "open" })).toBe("confirmed");
    expect(nextStatus({ mode: "dropship", status: "confirmed" })).toBe("ready");
    expect(nextStatus({ mode: "dropship", status: "ready" })).toBe("shipped");
    expect(nextStatus({ mode: "dropship", status: "shipped" })).toBeNull();
  });

  it("ends with collected when the shop picks the goods up", () => {
    expect(nextStatus({ mode: "pickup", status: "ready" })).toBe("collected");
    expect(nextStatus({ mode: "pickup", status: "collected" })).toBeNull();
    expect(stepIndex({ mode: "pickup", status: "collected" })).toBe(3);
    expect(stepIndex({ mode: "pickup", status: "open" })).toBe(0);
  });

  it("allows short-shipping only before the goods are ready", () => {
    expect(canShortShip("open")).toBe(true);
    expect(canShortShip("confirmed")).toBe(true);
    expect(canShortShip("ready")).toBe(false);
    expect(canShortShip("shipped")).toBe(false);
  });
});

describe("a supplier's day", () => {
  const po = (shopId: string, shopName: string, units: number, totalFen: number) => ({
    shopId,
    shopName,
    units,
    totalFen,
  });

  it("groups purchase orders by shop, shops by name, with their units and amounts", () => {
    const groups = byShop([
      po("b", "阿芳饰品", 2, 5000),
      po("a", "小林的淘宝店", 3, 9000),
      po("b", "阿芳饰品", 1, 2500),
    ]);
    expect(groups.map((group) => [group.shopName, group.purchaseOrders.length, group.units, group.totalFen])).toEqual([
      ["阿芳饰品", 2, 3, 7500],
      ["小林的淘宝店", 1, 3, 9000],
    ]);
  });

  it("adds up shops, purchase orders, units and amount", () => {
    expect(dayTotals([po("a", "A", 2, 100), po("b", "B", 3, 250), po("a", "A", 1, 50)])).toEqual({
      shops: 2,
      purchaseOrders: 3,
      units: 6,
      totalFen: 400,
    });
    expect(dayTotals([])).toEqual({ shops: 0, purchaseOrders: 0, units: 0, totalFen: 0 });
  });

  it("puts each buyer's lines under the buyer for dropship parcels", () => {
    const line = (orderLineId: string, orderId: string) => ({
      orderLineId,
      orderId,
      skuCode: "X",
      title: "",
      optionValues: [],
      options: [],
      quantity: 1,
      shortQuantity: 0,
      unitCostFen: 100,
      amountFen: 100,
    });
    const buyer = (orderId: string) => ({
      orderId,
      platformOrderNumber: orderId,
      buyerName: "",
      phone: "",
      address: "",
    });
    const parcels = linesByBuyer({
      lines: [line("1", "o2"), line("2", "o1"), line("3", "o2")],
      orders: [buyer("o1"), buyer("o2"), buyer("o3")],
    });
    expect(parcels.map((parcel) => [parcel.buyer.orderId, parcel.lines.map((l) => l.orderLineId)])).toEqual([
      ["o1", ["2"]],
      ["o2", ["1", "3"]],
    ]);
  });
});
