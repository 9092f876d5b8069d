import type { ProductInput, SkuInput } from "../modules/catalog/products.js";
import type { Colour, DrawingKind } from "./catalog-drawings.js";
import { GOODS, type Goods } from "./catalog-goods.js";
import type { DemoOrganisation } from "./context.js";
import type { Category } from "./organisation-names.js";
import type { Random } from "./random.js";
import { placePrefix } from "./regions.js";

export type Drawing = { kind: DrawingKind; colour: Colour };
/** A product a demo supplier lists, and the drawings of its gallery, one per colour, main first. */
export type Listing = { supplier: DemoOrganisation; input: ProductInput; gallery: Drawing[] };

const CODE_PREFIX: Record<Category, string> = { 箱包: "BG", 服装: "FZ", 饰品: "SP", 玩具: "WJ", 日用百货: "RY" };
const TITLE_PREFIXES = ["", "", "", "新款 ", "ins风 ", "厂家直销 "];
const BAIGOU = "130672";

/**
 * A supplier's products: `count` kinds of its category's goods (the face supplier lists all
 * of them, in order, so its products are the same whatever the scale), 2–3 colours and
 * sizes each, tiers, stock. Some bag factories carry last season's backlog at 20–30 % off,
 * as Baigou's did after 2020 (DOMAIN.md); Baigou's more often than others.
 */
export function planListings(
  rng: Random,
  supplier: DemoOrganisation,
  options: { face: boolean; count: number; categoryIds: Map<string, string> },
): Listing[] {
  const category = supplier.category ?? "日用百货";
  const all = GOODS[category];
  const goods = options.face ? all : rng.shuffle(all).slice(0, options.count);
  const backlog = category === "箱包" && (options.face || rng.chance(supplier.regionCode === BAIGOU ? 0.7 : 0.3));
  const clearanceAt = backlog ? (options.face ? 1 : rng.int(0, goods.length - 1)) : -1;
  return goods.map((item, i) => {
    const clearance = i === clearanceAt;
    const colours = rng.shuffle(item.colours).slice(0, rng.int(2, Math.min(3, item.colours.length)));
    const sizes = item.size ? run(rng, item.size.values) : [];
    const code = `${CODE_PREFIX[category]}${2401 + i}`;
    const input: ProductInput = {
      title: title(rng, item, clearance),
      description: describe(item, clearance),
      categoryId: options.categoryIds.get(`${category}/${item.child}`) ?? null,
      attributes: [
        { name: "材质", value: item.material },
        { name: "产地", value: placePrefix(supplier.regionCode) },
      ],
      options: [{ name: "颜色", values: colours }, ...(item.size ? [{ name: item.size.name, values: sizes }] : [])],
      moq: item.moq,
      status: "active",
      skus: variants(rng, item, code, colours, sizes, clearance),
    };
    return { supplier, input, gallery: colours.map((colour) => ({ kind: item.kind, colour })) };
  });
}

/** 2–3 neighbouring values: a supplier makes M to XL, not S and 2XL only. */
function run(rng: Random, values: string[]): string[] {
  const length = rng.int(2, Math.min(3, values.length));
  const start = rng.int(0, values.length - length);
  return values.slice(start, start + length);
}

function title(rng: Random, item: Goods, clearance: boolean): string {
  const prefix = clearance ? "清仓 " : rng.pick(TITLE_PREFIXES);
  // Taobao counts 60 bytes, a Chinese character as two.
  const bytes = (text: string) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 128 ? 1 : 2), 0);
  return bytes(prefix + item.title) <= 60 ? prefix + item.title : item.title;
}

function describe(item: Goods, clearance: boolean): string {
  return [
    item.description,
    item.dropship ? "支持一件代发。" : "只做批发，不代发。",
    clearance ? "去年款库存，清仓价限量供应，售完即止。" : "",
  ].join("");
}

function variants(
  rng: Random,
  item: Goods,
  code: string,
  colours: string[],
  sizes: string[],
  clearance: boolean,
): SkuInput[] {
  const base = tenFen((item.yuan[0] + rng.next() * (item.yuan[1] - item.yuan[0])) * 100);
  const tierCount = rng.int(2, 3);
  const rows =
    sizes.length > 0
      ? colours.flatMap((c) => sizes.map((s, j) => ({ values: [c, s], j })))
      : colours.map((c) => ({ values: [c], j: 0 }));
  return rows.map(({ values, j }, n) => {
    const factor = 1 + (item.size?.step ?? 0) * j;
    const price = tenFen(base * factor);
    const backlog = clearance ? rng.int(8, 60) * 100 : 0;
    return {
      code: `${code}-${String(n + 1).padStart(2, "0")}`,
      optionValues: values,
      weightGrams: Math.round(item.grams * factor),
      // A bigger size is dearer and heavier by the step; its box grows in every direction.
      lengthMm: Math.round(item.box[0] * Math.cbrt(factor)),
      widthMm: Math.round(item.box[1] * Math.cbrt(factor)),
      heightMm: Math.round(item.box[2] * Math.cbrt(factor)),
      onHand: backlog + (rng.chance(0.06) ? 0 : rng.int(5, 300) * 10),
      dropshipPriceFen: item.dropship ? tenFen(price * 1.12) : null,
      // Shops price at about 2.2× wholesale, ending in 9 (¥59.00 → 5900); ¥9.90 at the least.
      retailPriceFen: Math.max(990, Math.ceil((price * 2.2) / 1000) * 1000 - 100),
      clearanceQuantity: backlog,
      clearancePriceFen: clearance ? tenFen(price * (1 - rng.int(20, 30) / 100)) : null,
      tiers: [
        { minQuantity: item.moq, priceFen: price },
        { minQuantity: 50, priceFen: tenFen(price * 0.93) },
        { minQuantity: 300, priceFen: tenFen(price * 0.86) },
      ].slice(0, tierCount),
    };
  });
}

function tenFen(fen: number): number {
  return Math.max(10, Math.round(fen / 10) * 10);
}
