import { describe, expect, it } from "vitest";
import { costMove, opensProduct } from "./alert-look";

describe("alerts", () => {
  it("reads whether the shop pays more or less from the recorded costs", () => {
    expect(costMove({ kind: "price_changed", details: { costBefore: 2500, costAfter: 2200 } })).toBe("down");
    expect(costMove({ kind: "price_changed", details: { costBefore: 2500, costAfter: 2800 } })).toBe("up");
    expect(costMove({ kind: "price_changed", details: { costBefore: null, costAfter: 2800 } })).toBeNull();
    expect(costMove({ kind: "out_of_stock", details: { available: 0 } })).toBeNull();
  });

  it("does not offer to open a withdrawn product", () => {
    expect(opensProduct("archived")).toBe(false);
    expect(opensProduct("price_changed")).toBe(true);
  });
});
