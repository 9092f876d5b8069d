import { describe, expect, it } from "vitest";
import { chineseProvinceName } from "./province-latin.js";

describe("chineseProvinceName", () => {
  it("reads ISO codes and pinyin names, with or without their suffix", () => {
    expect(chineseProvinceName("ZJ")).toBe("浙江省");
    expect(chineseProvinceName("CN-GX")).toBe("广西壮族自治区");
    expect(chineseProvinceName("Guangxi Zhuang Zizhiqu")).toBe("广西壮族自治区");
    expect(chineseProvinceName("Ningxia Hui")).toBe("宁夏回族自治区");
    expect(chineseProvinceName("Anhui")).toBe("安徽省");
    expect(chineseProvinceName("Tibet")).toBe("西藏自治区");
  });

  it("knows nothing else", () => {
    expect(chineseProvinceName("California")).toBeUndefined();
    expect(chineseProvinceName("浙江")).toBeUndefined();
  });
});
