export type OptionDraft = { name: string; values: string[] };

/** Every combination of one value per option (颜色 × 尺码), as the server expects the SKUs. */
export function combinations(options: OptionDraft[]): string[][] {
  const used = options.filter((option) => option.name.trim() && option.values.length > 0);
  return used.reduce<string[][]>((rows, option) => rows.flatMap((row) => option.values.map((v) => [...row, v])), [[]]);
}

/** Codes a supplier can read on a shelf label: PREFIX-01, PREFIX-02, … */
export function skuCode(prefix: string, index: number): string {
  return `${prefix.trim() || "SKU"}-${String(index + 1).padStart(2, "0")}`;
}
