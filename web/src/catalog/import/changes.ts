import type { components } from "../../api/schema.gen";

type Report = components["schemas"]["ImportReport"];
type Counts = Report["products"];
type SkuUpdate = Extract<Report["changes"][number], { kind: "sku_updated" }>;

/** The figures of a SKU the report compares, in the template's column order. */
export const FIGURES = [
  "wholesalePriceFen",
  "dropshipPriceFen",
  "retailPriceFen",
  "clearancePriceFen",
  "clearanceQuantity",
  "onHand",
] as const;
export type FigureName = (typeof FIGURES)[number];

/** A product's own fields an update can change, and a SKU's other fields. */
export const PRODUCT_FIELDS = ["title", "description", "category", "options", "moq", "status"] as const;
export const SKU_FIELDS = ["optionValues", "barcode", "weightGrams", "sizes", "tiers"] as const;

export type FigureLine = { name: FigureName; before: string; after: string };

/** "批发价 ¥25.00 → ¥22.00", "库存 100 → 80": prices from fen through `money`, quantities as counts. */
export function figureLines(differences: SkuUpdate["differences"], money: (fen: number) => string): FigureLine[] {
  return FIGURES.flatMap((name) => {
    const difference = differences[name];
    if (!difference) return [];
    const show = (value: number | null) => (value === null ? "—" : name.endsWith("Fen") ? money(value) : String(value));
    return [{ name, before: show(difference.before), after: show(difference.after) }];
  });
}

/** The names among `names` this app has words for, in its order (a newer server may send others). */
export function knownNames<T extends string>(names: readonly string[], known: readonly T[]): T[] {
  return known.filter((name) => names.includes(name));
}

/** Whether applying would change anything at all. */
export function wouldChange(report: { products: Counts; skus: Counts }): boolean {
  return report.products.create + report.products.update + report.skus.create + report.skus.update > 0;
}
