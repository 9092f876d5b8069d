import { describe, expect, it } from "vitest";
import { shortTitle } from "./short-title";

describe("a title on a chart's axis", () => {
  it("stays whole when short", () => {
    expect(shortTitle("帆布托特包（米白）")).toBe("帆布托特包（米白）");
  });

  it("keeps the option when cut, so two colours differ", () => {
    const black = shortTitle("清仓 小方包女 PU皮 百搭斜挎包 宽肩带单肩包（黑色）");
    const white = shortTitle("清仓 小方包女 PU皮 百搭斜挎包 宽肩带单肩包（米白）");
    expect(black).toBe("清仓 小方包女 P…（黑色）");
    expect([...black]).toHaveLength(14);
    expect(white).not.toBe(black);
  });

  it("cuts a title without an option at the end", () => {
    expect(shortTitle("ins风 化妆包 便携 大容量 旅行洗漱收纳包 防水")).toBe("ins风 化妆包 便携 大…");
  });
});
