import { describe, expect, it } from "vitest";
import { figureLines, knownNames, PRODUCT_FIELDS, wouldChange } from "./changes";

const money = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

describe("import changes", () => {
  it("shows prices as money, quantities as counts, a missing value as a dash, in column order", () => {
    const lines = figureLines(
      {
        onHand: { before: 100, after: 80 },
        retailPriceFen: { before: null, after: 5900 },
        wholesalePriceFen: { before: 2500, after: 2200 },
      },
      money,
    );
    expect(lines).toEqual([
      { name: "wholesalePriceFen", before: "¥25.00", after: "¥22.00" },
      { name: "retailPriceFen", before: "—", after: "¥59.00" },
      { name: "onHand", before: "100", after: "80" },
    ]);
  });

  it("keeps only field names it can name, in its own order", () => {
    expect(knownNames(["status", "shipping_class", "title"], PRODUCT_FIELDS)).toEqual(["title", "status"]);
  });

  it("knows when an apply would change nothing", () => {
    const none = { create: 0, update: 0, unchanged: 3 };
    expect(wouldChange({ products: none, skus: none })).toBe(false);
    expect(wouldChange({ products: none, skus: { create: 0, update: 1, unchanged: 2 } })).toBe(true);
  });
});
