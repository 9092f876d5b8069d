/**
 * The rate-card sheet: a few setting rows (key in the first cell, value after it), then the
 * price table under a header row. Headers are matched without spaces, case or the unit in
 * brackets, so 上限(kg), 上限（kg） and 上限 are one column; English names work too.
 */

export const SETTINGS = {
  carrier: { header: "快递公司", aliases: ["承运商", "carrier"] },
  weightStep: { header: "计重取整(kg)", aliases: ["weight_step_kg", "weight step"] },
  divisor: { header: "抛重系数", aliases: ["体积重系数", "volumetric_divisor", "volumetric divisor"] },
  capacity: { header: "每日揽收上限(票)", aliases: ["日揽收上限", "daily_capacity", "daily capacity"] },
  tier: { header: "单量阶梯(票/天 元/票)", aliases: ["单量阶梯", "tier", "volume tier"] },
} as const;

export const COLUMNS = {
  province: { header: "目的省份", aliases: ["省份", "province"] },
  city: { header: "城市", aliases: ["地市", "city"] },
  upTo: { header: "上限(kg)", aliases: ["重量上限", "up_to_kg", "up to"] },
  firstWeight: { header: "首重(kg)", aliases: ["first_kg", "first weight"] },
  firstPrice: { header: "首重价(元)", aliases: ["价格", "first_yuan", "price"] },
  perKg: { header: "续重价(元/kg)", aliases: ["续重", "per_kg_yuan", "per kg"] },
  surcharge: { header: "偏远附加费(元)", aliases: ["附加费", "surcharge_yuan", "surcharge"] },
  notServed: { header: "不派送", aliases: ["不配送", "停发", "not_served", "not served"] },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type ColumnKey = keyof typeof COLUMNS;

/** Columns a price table cannot do without. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ["province", "upTo", "firstPrice"];

/** A header as compared: folded, lowercase, without spaces or a bracketed unit. */
export function headerKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\(.*?\)/g, "")
    .replace(/[\s_]/g, "");
}

type Named = { header: string; aliases: readonly string[] };

function indexOf<K extends string>(table: Record<K, Named>): Map<string, K> {
  const index = new Map<string, K>();
  for (const [key, named] of Object.entries(table) as [K, Named][])
    for (const name of [named.header, ...named.aliases]) index.set(headerKey(name), key);
  return index;
}

const settingIndex = indexOf(SETTINGS);
const columnIndex = indexOf(COLUMNS);

export const settingOf = (text: string): SettingKey | undefined => settingIndex.get(headerKey(text));
export const columnOf = (text: string): ColumnKey | undefined => columnIndex.get(headerKey(text));
