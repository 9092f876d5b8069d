import { describe, expect, it } from "vitest";
import { claimCodeOf, maskedPhone, maskProhibited } from "./mask.js";

describe("comments", () => {
  it("masks prohibited words whatever their case, character for character", () => {
    expect(maskProhibited("加VX私聊，价格更低")).toBe("加＊＊＊＊，价格更低");
    expect(maskProhibited("这个包好看")).toBe("这个包好看");
  });

  it("reads a claim code from 扣1, 1 or 扣 A2, and nothing from a sentence", () => {
    expect(claimCodeOf("扣1")).toBe("1");
    expect(claimCodeOf(" 1 ")).toBe("1");
    expect(claimCodeOf("扣 A2")).toBe("A2");
    expect(claimCodeOf("我要扣1个")).toBeUndefined();
  });

  it("shows a buyer as 138****1234", () => {
    expect(maskedPhone("13812341234")).toBe("138****1234");
  });
});
