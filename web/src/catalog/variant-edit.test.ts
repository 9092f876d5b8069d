import { describe, expect, it } from "vitest";
import { badVariantFields, type Sku, variantChanges, variantDraft } from "./variant-edit";

const sku: Sku = {
  id: "00000000-0000-4000-8000-000000000001",
  code: "TOTE-WHT-M",
  barcode: "6901234567892",
  optionValues: ["米白", "中号"],
  weightGrams: 320,
  lengthMm: 380,
  widthMm: 120,
  heightMm: 320,
  onHand: 100,
  reserved: 5,
  available: 95,
  dropshipPriceFen: 2800,
  retailPriceFen: null,
  clearanceQuantity: 30,
  clearancePriceFen: 1800,
  tiers: [
    { minQuantity: 2, priceFen: 2500 },
    { minQuantity: 50, priceFen: 2200 },
  ],
};

describe("editing a variant", () => {
  it("starts from the variant's prices in yuan and its stock", () => {
    expect(variantDraft(sku)).toEqual({ tierPrices: ["25.00", "22.00"], dropship: "28.00", retail: "", onHand: "100" });
  });

  it("sends nothing when nothing moved", () => {
    expect(variantChanges(sku, variantDraft(sku))).toEqual({});
    expect(variantChanges(sku, { ...variantDraft(sku), tierPrices: ["25", "22.0"] })).toEqual({});
  });

  it("sends every field back with the new price, so the replace keeps weight, sizes and clearance", () => {
    const { fields, onHand } = variantChanges(sku, { ...variantDraft(sku), tierPrices: ["23.5", "22"] });
    expect(onHand).toBeUndefined();
    expect(fields).toEqual({
      barcode: "6901234567892",
      weightGrams: 320,
      lengthMm: 380,
      widthMm: 120,
      heightMm: 320,
      dropshipPriceFen: 2800,
      retailPriceFen: null,
      clearanceQuantity: 30,
      clearancePriceFen: 1800,
      tiers: [
        { minQuantity: 2, priceFen: 2350 },
        { minQuantity: 50, priceFen: 2200 },
      ],
    });
  });

  it("clears a dropship price left empty, and sends the stock alone when only it moved", () => {
    expect(variantChanges(sku, { ...variantDraft(sku), dropship: " " }).fields?.dropshipPriceFen).toBeNull();
    expect(variantChanges(sku, { ...variantDraft(sku), onHand: "80" })).toEqual({ onHand: 80 });
  });

  it("names the fields that are not amounts or counts before anything is sent", () => {
    const draft = { tierPrices: ["25,5", ""], dropship: "abc", retail: "", onHand: "-1" };
    expect(badVariantFields(draft)).toEqual(["tiers.0.priceFen", "tiers.1.priceFen", "dropshipPriceFen", "onHand"]);
    expect(badVariantFields({ ...variantDraft(sku), tierPrices: ["0"] })).toEqual(["tiers.0.priceFen"]);
    expect(badVariantFields(variantDraft(sku))).toEqual([]);
  });
});
