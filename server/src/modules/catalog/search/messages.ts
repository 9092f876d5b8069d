import type { Message } from "../../../http/messages.js";

/** Messages of this part's own errors (see http/messages.ts). */
export const searchMessages = {
  search_price_range_reversed: {
    "zh-CN": "最低价 {min} 分高于最高价 {max} 分，请对调后再搜索",
    en: "The lowest price ({min} fen) is above the highest price ({max} fen); swap them and search again",
  },
  search_cursor_invalid: {
    "zh-CN": "翻页标记无效或已不属于这次搜索，请从第一页重新搜索",
    en: "This page cursor is invalid or belongs to another search; start again from the first page",
  },
} satisfies Record<string, Message>;
