import { describe, expect, it } from "vitest";
import { handleOf, uniqueHandles } from "./shopify-handle.js";

describe("Shopify handles", () => {
  it("spells a Chinese title in pinyin, lowercase words joined by dashes", () => {
    expect(handleOf("帆布托特包 大容量 通勤单肩包")).toBe("fan-bu-tuo-te-bao-da-rong-liang-tong-qin-dan-jian-bao");
  });

  it("keeps letters and digits, drops everything else", () => {
    expect(handleOf("2024新款 ABC！手链（925银）")).toBe("2024-xin-kuan-abc-shou-lian-925-yin");
    expect(handleOf("★★★")).toBe("product");
  });

  it("never cuts a word in half when a title is long", () => {
    const handle = handleOf("超长标题".repeat(20));
    expect(handle.length).toBeLessThanOrEqual(80);
    expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(["chao", "chang", "biao", "ti"]).toContain(handle.split("-").at(-1));
  });

  it("numbers repeated titles so every handle in a file is unique", () => {
    const next = uniqueHandles();
    expect([next("帆布包"), next("帆布包"), next("帆布包"), next("帆布包-2")]).toEqual([
      "fan-bu-bao",
      "fan-bu-bao-2",
      "fan-bu-bao-3",
      "fan-bu-bao-2-2",
    ]);
  });
});
