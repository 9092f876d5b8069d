import { describe, expect, it } from "vitest";
import { dealProducts, everyMinute } from "./report-series";

describe("the per-minute series", () => {
  it("puts the quiet minutes in at zero", () => {
    const filled = everyMinute([
      { minute: "2025-06-01T12:00:00.000Z", orders: 2, comments: 5 },
      { minute: "2025-06-01T12:03:00.000Z", orders: 1, comments: 0 },
    ]);
    expect(filled.map((m) => [m.minute.slice(11, 16), m.orders, m.comments])).toEqual([
      ["12:00", 2, 5],
      ["12:01", 0, 0],
      ["12:02", 0, 0],
      ["12:03", 1, 0],
    ]);
  });

  it("is empty for a show nobody bought or commented in", () => {
    expect(everyMinute([])).toEqual([]);
  });
});

describe("the timeline", () => {
  it("knows each deal's product from its launch", () => {
    const launched = { at: "", kind: "deal_launched", skuId: "s1", dealId: "d1", detail: {} };
    const soldOut = { at: "", kind: "sold_out", skuId: null, dealId: "d1", detail: {} };
    expect(dealProducts([launched, soldOut]).get("d1")).toBe("s1");
  });
});
