import type { Language } from "../../http/language.js";
import type { Message } from "../../http/messages.js";
import { forbiddenTermsIn } from "./advertising-law.js";
import { availableOf, type Listing } from "./selection.js";
import { TAOBAO_TITLE_BYTES, taobaoBytes } from "./taobao-title.js";
import { say } from "./wording.js";

const WARNINGS = {
  not_on_sale: {
    "zh-CN": "供应商已下架该商品，不会导出",
    en: "The supplier no longer sells this product; it will not be exported",
  },
  advertising_terms: {
    "zh-CN": "标题含有广告法禁止的用语：{terms}",
    en: "The title uses terms the Advertising Law forbids: {terms}",
  },
  title_too_long: {
    "zh-CN": "标题 {bytes} 字节，超出淘宝上限（{limit} 字节）{over} 字节",
    en: "The title is {bytes} bytes, {over} bytes over Taobao's limit of {limit}",
  },
  out_of_stock: { "zh-CN": "没有库存（0 件）", en: "No stock (0 units)" },
  no_pictures: { "zh-CN": "没有商品图片", en: "No pictures" },
  below_cost: { "zh-CN": "规格 {codes} 的售价低于进价", en: "Variants {codes} are priced below cost" },
} satisfies Record<string, Message>;

export type ExportWarningCode = keyof typeof WARNINGS;
export type ExportWarning = {
  code: ExportWarningCode;
  productId: string;
  title: string;
  message: string;
  params: Record<string, string | number>;
};

/** What would go wrong on the platforms if the shop exported its selection now, listing by listing. */
export function exportWarnings(listings: Listing[], language: Language): ExportWarning[] {
  return listings.flatMap((listing) =>
    problemsOf(listing).map(([code, params]) => ({
      code,
      productId: listing.product.id,
      title: listing.title,
      message: say(WARNINGS[code], language, params),
      params,
    })),
  );
}

type Problem = [ExportWarningCode, Record<string, string | number>];

function problemsOf(listing: Listing): Problem[] {
  if (listing.product.status !== "active") return [["not_on_sale", {}]];
  const problems: Problem[] = [];
  const terms = forbiddenTermsIn(listing.title);
  if (terms.length > 0) problems.push(["advertising_terms", { terms: terms.join("、") }]);
  const bytes = taobaoBytes(listing.title);
  if (bytes > TAOBAO_TITLE_BYTES)
    problems.push(["title_too_long", { bytes, limit: TAOBAO_TITLE_BYTES, over: bytes - TAOBAO_TITLE_BYTES }]);
  if (listing.variants.every((variant) => availableOf(listing, variant) === 0)) problems.push(["out_of_stock", {}]);
  if (listing.product.pictures.length === 0) problems.push(["no_pictures", {}]);
  const belowCost = listing.variants.filter((v) => v.marginFen !== null && v.marginFen < 0).map((v) => v.sku.code);
  if (belowCost.length > 0) problems.push(["below_cost", { codes: belowCost.join(", ") }]);
  return problems;
}
