import { describe, expect, it } from "vitest";
import { fenToYuan, formatFen, parseYuan } from "./money";

describe("money", () => {
  it("reads yuan as typed into integer fen without floating-point error", () => {
    expect(parseYuan("12.5")).toBe(1250);
    expect(parseYuan("¥12.50")).toBe(1250);
    expect(parseYuan(" 0.29 ")).toBe(29);
    expect(parseYuan("19.99")).toBe(1999);
    expect(parseYuan("12")).toBe(1200);
  });

  it("refuses a decimal comma, negatives, three decimals and words", () => {
    for (const bad of ["12,5", "-3", "1.234", "十二", "", "1e3"]) expect(parseYuan(bad), bad).toBeUndefined();
  });

  it("shows fen as yuan and round-trips", () => {
    expect(fenToYuan(1250)).toBe("12.50");
    expect(fenToYuan(5)).toBe("0.05");
    for (const fen of [0, 1, 99, 100, 123456]) expect(parseYuan(fenToYuan(fen))).toBe(fen);
    expect(formatFen(1250, "zh-CN")).toBe("¥12.50");
    expect(formatFen(1250, "en")).toBe("CN¥12.50");
  });
});
