import type { Message } from "../../http/messages.js";

/** Messages of sourcing's own errors (see http/messages.ts). */
export const sourcingMessages = {
  already_picked: {
    "zh-CN": "选品库里已经有这个商品（或这个规格）了",
    en: "This product (or this variant) is already in your selection",
  },
  sku_not_of_product: { "zh-CN": "该规格不属于这个商品", en: "This variant does not belong to this product" },
  price_ranges_start_at_zero: {
    "zh-CN": "第一个进价区间须从 ¥0 开始",
    en: "The first cost range must start at ¥0",
  },
  price_ranges_not_ascending: {
    "zh-CN": "进价区间的起点须逐个递增",
    en: "Each cost range must start above the one before",
  },
} satisfies Record<string, Message>;

/** What sourcing's not-found errors can name. */
export const sourcingThings = {
  pick: { "zh-CN": "选品", en: "pick" },
  stock_feed: { "zh-CN": "库存链接", en: "stock feed" },
} satisfies Record<string, Message>;
