import { describe, expect, it } from "vitest";
import { FORBIDDEN_TERMS, forbiddenTermsIn } from "./advertising-law.js";

describe("the Advertising Law check of a title", () => {
  it("finds every forbidden term, in the order the title uses them", () => {
    expect(forbiddenTermsIn("独家定制 顶级真皮 国家级工艺 根治脚气")).toEqual(["独家", "顶级", "国家级", "根治"]);
    for (const term of FORBIDDEN_TERMS) expect(forbiddenTermsIn(`手链${term}款`)).toEqual([term]);
  });

  it("matches whole terms: the bare 最 is allowed", () => {
    expect(forbiddenTermsIn("最新款 最受欢迎 最美手链")).toEqual([]);
    expect(forbiddenTermsIn("最佳伴侣")).toEqual(["最佳"]);
  });

  it("sees a claim written in full-width characters", () => {
    expect(forbiddenTermsIn("１００％纯棉")).toEqual(["100%"]);
  });
});
