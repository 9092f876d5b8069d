import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFen, yuan } from "./money.js";

describe("amounts in fen", () => {
  it("print as yuan with two decimals and grouped thousands", () => {
    expect(formatFen(1250)).toBe("¥12.50");
    expect(formatFen(5)).toBe("¥0.05");
    expect(formatFen(0)).toBe("¥0.00");
    expect(formatFen(123_456_789)).toBe("¥1,234,567.89");
    expect(formatFen(-1250)).toBe("-¥12.50");
  });

  it("read back to the same number of fen, printed or plain", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => {
        const plain = yuan(fen);
        expect(Math.round(Number(plain) * 100)).toBe(fen);
        expect(formatFen(fen).replace("¥", "").replaceAll(",", "")).toBe(plain);
      }),
    );
  });
});
