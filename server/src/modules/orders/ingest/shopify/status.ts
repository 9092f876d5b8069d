/** Whether a Shopify financial status is a sale to fulfil, not one, or unknown. */
export type ShopifySale = "sale" | "not_sold" | "unknown";

// Money taken, possibly part of it given back: the goods still go out.
const SOLD = new Set(["paid", "partially_paid", "partially_refunded"]);
// Nothing captured yet, or everything given back.
const NOT_SOLD = new Set(["pending", "authorized", "unpaid", "refunded", "voided", "expired"]);

export function shopifySale(financialStatus: string): ShopifySale {
  const status = financialStatus
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (SOLD.has(status)) return "sale";
  if (NOT_SOLD.has(status)) return "not_sold";
  return "unknown";
}

const CHINA = new Set(["cn", "chn", "china", "中国", "中国大陆", "mainlandchina", "people'srepublicofchina"]);

/** A blank country is taken as China: village shops' exports often leave it out. */
export function isChina(country: string): boolean {
  return country === "" || CHINA.has(country.toLowerCase().replace(/\s+/g, ""));
}
