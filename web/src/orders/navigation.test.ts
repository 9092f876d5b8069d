import { describe, expect, it } from "vitest";
import { ordersEntries } from "./navigation";

describe("orders in the menu", () => {
  it("gives shops their orders, suppliers their purchase orders, and both their statements", () => {
    expect(ordersEntries("shop").map((entry) => entry.to)).toEqual(["/orders", "/statements"]);
    expect(ordersEntries("supplier").map((entry) => entry.to)).toEqual(["/purchase-orders", "/statements"]);
    expect(ordersEntries("association").map((entry) => entry.to)).toEqual(["/orders"]);
    expect(ordersEntries(undefined).map((entry) => entry.to)).toEqual(["/orders"]);
  });
});
