import { describe, expect, it } from "vitest";
import type { ListedVariant } from "./selection.js";
import { styleCode } from "./taobao-csv.js";
import { taobaoSkuFields } from "./taobao-sku-props.js";

const variant = (code: string, optionValues: string[], priceFen = 1990) =>
  ({ sku: { code, optionValues }, priceFen }) as unknown as ListedVariant;

describe("淘宝助理 sale properties", () => {
  it("puts a lone size-like option under size, anything else under colour", () => {
    const sized = taobaoSkuFields(
      [{ name: "尺码", values: ["S", "M"] }],
      [
        { variant: variant("T-S", ["S"]), quantity: 3 },
        { variant: variant("T-M", ["M"]), quantity: 0 },
      ],
    );
    expect(sized.skuProps).toBe("19.90:3:T-S:20509:-1001;19.90:0:T-M:20509:-1002;");
    expect(sized.propAlias).toBe("20509:-1001:S;20509:-1002:M;");
    const styled = taobaoSkuFields(
      [{ name: "款式", values: ["圆形"] }],
      [{ variant: variant("E-1", ["圆形"]), quantity: 1 }],
    );
    expect(styled.inputCustomCpv).toBe("1627207:-1001:圆形;");
  });

  it("finds the colour among two options whichever comes first", () => {
    const fields = taobaoSkuFields(
      [
        { name: "尺寸", values: ["大"] },
        { name: "颜色分类", values: ["红", "蓝"] },
      ],
      [
        { variant: variant("B-1", ["大", "红"]), quantity: 1 },
        { variant: variant("B-2", ["大", "蓝"]), quantity: 1 },
      ],
    );
    expect(fields.skuProps).toBe("19.90:1:B-1:1627207:-1001;20509:-1001;19.90:1:B-2:1627207:-1002;20509:-1001;");
  });

  it("joins a third option into the size, so every variant stays distinct", () => {
    const fields = taobaoSkuFields(
      [
        { name: "颜色", values: ["黑"] },
        { name: "尺码", values: ["M"] },
        { name: "厚度", values: ["薄", "厚"] },
      ],
      [
        { variant: variant("C-1", ["黑", "M", "薄"]), quantity: 1 },
        { variant: variant("C-2", ["黑", "M", "厚"]), quantity: 1 },
      ],
    );
    expect(fields.propAlias).toBe("1627207:-1001:黑;20509:-1001:M 薄;20509:-1002:M 厚;");
  });

  it("keeps the fields' separators out of values", () => {
    const fields = taobaoSkuFields(
      [{ name: "颜色", values: ["黑:白;灰"] }],
      [{ variant: variant("D:1", ["黑:白;灰"]), quantity: 1 }],
    );
    expect(fields.skuProps).toBe("19.90:1:D 1:1627207:-1001;");
    expect(fields.propAlias).toBe("1627207:-1001:黑 白 灰;");
  });
});

describe("the item's 商家编码", () => {
  it("is what the variants' codes share, or else the first code", () => {
    expect(styleCode(["TOTE-1", "TOTE-2", "TOTE-10"])).toBe("TOTE");
    expect(styleCode(["BAG2024-BLK-S", "BAG2024-BLK-M", "BAG2024-RED-S"])).toBe("BAG2024");
    expect(styleCode(["A1", "B1"])).toBe("A1");
  });
});
