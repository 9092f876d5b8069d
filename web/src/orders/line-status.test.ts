import { describe, expect, it } from "vitest";
import { cancellable, openLines } from "./line-status";

const line = (id: string, status: "reserved" | "backordered" | "ordered" | "cancelled", quantity = 1) => ({
  id,
  status,
  quantity,
});

describe("order lines", () => {
  it("counts covered and backordered lines and their units, leaving out lines on a PO or cancelled", () => {
    const orders = [
      { id: "a", lines: [line("a1", "reserved", 1), line("a2", "backordered", 2)] },
      { id: "b", lines: [line("b1", "reserved", 3), line("b2", "ordered", 5), line("b3", "cancelled", 1)] },
    ];
    expect(openLines(orders)).toEqual({ covered: 2, coveredUnits: 4, backordered: 1, backorderedUnits: 2 });
  });

  it("counts an order once when it came in both the covered and the backordered list", () => {
    const mixed = { id: "a", lines: [line("a1", "reserved"), line("a2", "backordered")] };
    expect(openLines([mixed, mixed])).toEqual({ covered: 1, coveredUnits: 1, backordered: 1, backorderedUnits: 1 });
  });

  it("lets a seller cancel only lines that are not on a purchase order", () => {
    expect(cancellable({ status: "reserved" })).toBe(true);
    expect(cancellable({ status: "backordered" })).toBe(true);
    expect(cancellable({ status: "ordered" })).toBe(false);
    expect(cancellable({ status: "cancelled" })).toBe(false);
  });
});
