import { expect, it } from "vitest";
import { taobaoBytes } from "./taobao-title.js";

it("counts a title as Taobao does: a Chinese character 2 bytes, ASCII 1", () => {
  expect(taobaoBytes("手".repeat(30))).toBe(60);
  expect(taobaoBytes("手".repeat(80))).toBe(160);
  expect(taobaoBytes("ins风 S925银")).toBe(12);
  expect(taobaoBytes("（全角）")).toBe(8);
});
