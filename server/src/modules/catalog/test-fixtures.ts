import { combinations } from "./variants.js";

/** A bag in 2 colours × 3 sizes with two wholesale tiers, as a supplier would list it. */
export function toteBag(codePrefix = "TOTE") {
  const options = [
    { name: "颜色", values: ["米白", "黑色"] },
    { name: "尺码", values: ["小号", "中号", "大号"] },
  ];
  return {
    title: "帆布托特包 大容量 通勤单肩包",
    description: "加厚帆布，内有拉链袋",
    options,
    moq: 2,
    status: "active" as const,
    skus: combinations(options).map((optionValues, i) => ({
      code: `${codePrefix}-${i + 1}`,
      optionValues,
      weightGrams: 300 + i * 20,
      lengthMm: 380,
      widthMm: 120,
      heightMm: 320,
      onHand: 100,
      dropshipPriceFen: 2800,
      retailPriceFen: 5900,
      tiers: [
        { minQuantity: 2, priceFen: 2500 },
        { minQuantity: 50, priceFen: 2200 },
      ],
    })),
  };
}
