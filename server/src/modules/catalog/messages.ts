import type { Message } from "../../http/messages.js";

/** Messages of the catalog's own errors (see http/messages.ts). */
export const catalogMessages = {
  not_a_supplier: { "zh-CN": "只有供应商可以发布商品", en: "Only suppliers can list products" },
  category_name_taken: {
    "zh-CN": "同一层级下已有同名类目",
    en: "A category with this name already exists at this level",
  },
  sku_code_taken: {
    "zh-CN": "商家编码 {code} 已被你的另一个商品使用",
    en: "SKU code {code} is already used by another of your products",
  },
  sku_code_repeated: { "zh-CN": "商家编码 {code} 在本商品中重复", en: "SKU code {code} appears twice in this product" },
  option_value_repeated: { "zh-CN": "规格值「{value}」重复", en: "Option value “{value}” is repeated" },
  option_name_repeated: { "zh-CN": "规格名「{name}」重复", en: "Option name “{name}” is repeated" },
  sku_options_mismatch: {
    "zh-CN": "规格值应为 {expected} 个，且取自该商品的规格",
    en: "Needs {expected} option values, each taken from the product's options",
  },
  sku_combination_repeated: { "zh-CN": "规格组合「{values}」重复", en: "Option combination “{values}” appears twice" },
  tiers_not_ascending: {
    "zh-CN": "批发价梯度的起批量须递增，单价不得上升",
    en: "Wholesale tiers need rising quantities and prices that do not rise",
  },
  too_many_skus: { "zh-CN": "一个商品最多 {max} 个规格组合", en: "A product has at most {max} variants" },
  stock_below_reserved: {
    "zh-CN": "库存不能少于已被订单占用的 {reserved} 件",
    en: "Stock cannot go below the {reserved} units reserved by orders",
  },
  stock_negative: { "zh-CN": "库存不能为负数", en: "Stock cannot be negative" },
} satisfies Record<string, Message>;

export const catalogThings = {
  category: { "zh-CN": "类目", en: "category" },
  product: { "zh-CN": "商品", en: "product" },
  sku: { "zh-CN": "规格", en: "SKU" },
} satisfies Record<string, Message>;
