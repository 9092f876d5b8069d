import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { purchaseOrderFigures, statementFigures } from "./figures.js";
import { purchaseOrder, statement } from "./testing/samples.js";
import type { StatementEntry } from "./types.js";

const count = fc.integer({ min: 0, max: 1_000 });
const price = fc.integer({ min: 0, max: 1_000_000 });
const sku = { skuCode: "XD-1", title: "双肩包", options: [] };
const entry: fc.Arbitrary<StatementEntry> = fc.oneof(
  fc.record({ quantity: count, unitPriceFen: price }).map((line) => ({
    ...sku,
    ...line,
    kind: "order_line" as const,
    purchaseOrderNumber: "PO-1",
    price: "wholesale" as const,
  })),
  fc.record({ quantity: count, unitPriceFen: price }).map((line) => ({
    ...sku,
    ...line,
    kind: "short_ship" as const,
    purchaseOrderNumber: "PO-1",
  })),
  price.map((amountFen) => ({ kind: "payment" as const, reference: "转账", amountFen })),
);

describe("statement figures", () => {
  it("end at the opening balance plus every row's amount, each row's balance following from the one before", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.array(entry, { maxLength: 40 }), (opening, entries) => {
        const figures = statementFigures({ ...statement(), openingBalanceFen: opening, entries });
        let balance = opening;
        for (const row of figures.rows) {
          balance += row.amountFen;
          expect(row.balanceFen).toBe(balance);
        }
        expect(figures.closingBalanceFen).toBe(balance);
        expect(figures.closingBalanceFen).toBe(
          opening + figures.orderedFen - figures.shortShippedFen - figures.paidFen,
        );
      }),
    );
  });

  it("refuse an amount that is not whole fen", () => {
    const day = statement();
    const payment = { kind: "payment" as const, reference: "转账", amountFen: 12.5 };
    expect(() => statementFigures({ ...day, entries: [payment] })).toThrow(RangeError);
    expect(() => statementFigures({ ...day, openingBalanceFen: Number.NaN })).toThrow(RangeError);
  });
});

describe("purchase order figures", () => {
  it("charge what was delivered: ordered minus short-shipped, at the unit price", () => {
    const order = purchaseOrder();
    const figures = purchaseOrderFigures(order);
    const sum = (pick: (line: (typeof order.lines)[number]) => number) =>
      order.lines.reduce((total, line) => total + pick(line), 0);
    expect(figures.payableFen).toBe(sum((line) => line.unitPriceFen * (line.quantity - line.shortShipped)));
    expect(figures.orderedFen - figures.shortFen).toBe(figures.payableFen);
    expect(figures.shortUnits).toBe(sum((line) => line.shortShipped));
  });
});
