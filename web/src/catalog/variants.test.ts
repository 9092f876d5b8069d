import { expect, it } from "vitest";
import { combinations, skuCode } from "./variants";

it("makes 2 colours × 3 sizes into six rows, ignoring options still being typed", () => {
  const rows = combinations([
    { name: "颜色", values: ["米白", "黑色"] },
    { name: "尺码", values: ["S", "M", "L"] },
    { name: "", values: ["unnamed"] },
  ]);
  expect(rows).toHaveLength(6);
  expect(rows[3]).toEqual(["黑色", "S"]);
  expect(combinations([])).toEqual([[]]);
  expect(skuCode("TOTE", 4)).toBe("TOTE-05");
});
