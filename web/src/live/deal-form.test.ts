import { describe, expect, it } from "vitest";
import { dealDefaults, dealInput, EMPTY_DEAL } from "./deal-form";
import type { LineupItem } from "./queries";

const bag: LineupItem = {
  skuId: "s1",
  code: "BAG-01",
  title: "清仓 双肩包（黑色）",
  pictureUrl: null,
  originalPriceFen: 8900,
  clearanceQuantity: 800,
  clearancePriceFen: 3950,
  available: 1200,
};

describe("launching a flash deal", () => {
  it("starts from the clearance price and up to 100 units", () => {
    expect(dealDefaults(bag)).toEqual({ skuId: "s1", price: "39.50", quantity: "100" });
  });

  it("sends the price in fen and the code only when there is one", () => {
    const form = { ...EMPTY_DEAL, skuId: "s1", price: "29.9", quantity: "5", perBuyerLimit: "3" };
    expect(dealInput(form)).toEqual({
      ok: true,
      input: {
        skuId: "s1",
        dealPriceFen: 2990,
        quantity: 5,
        perBuyerLimit: 3,
        startsInSeconds: 10,
        durationMinutes: 20,
      },
    });
    const coded = dealInput({ ...form, code: " 1 " });
    expect(coded.ok && coded.input.code).toBe("1");
  });

  it("names every field to fix", () => {
    const bad = {
      ...EMPTY_DEAL,
      price: "29,9",
      quantity: "0",
      perBuyerLimit: "",
      startsInSeconds: "301",
      durationMinutes: "0",
      code: "扣1",
    };
    expect(dealInput(bad)).toEqual({
      ok: false,
      errors: {
        skuId: true,
        price: true,
        quantity: true,
        perBuyerLimit: true,
        startsInSeconds: true,
        durationMinutes: true,
        code: true,
      },
    });
  });
});
