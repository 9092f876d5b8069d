import type { Language } from "../../http/language.js";
import type { Message } from "../../http/messages.js";
import { say, yuan } from "./wording.js";

export type AlertKind = "price_changed" | "out_of_stock" | "back_in_stock" | "archived" | "short_shipped";

const MESSAGES = {
  price_changed: {
    "zh-CN": "「{title}」{variant}的进价从 ¥{before} 变为 ¥{after}",
    en: "The cost of “{title}”{variant} went from ¥{before} to ¥{after}",
  },
  out_of_stock: { "zh-CN": "「{title}」{variant}已断货", en: "“{title}”{variant} is out of stock" },
  back_in_stock: {
    "zh-CN": "「{title}」{variant}已补货，现有 {available} 件",
    en: "“{title}”{variant} is back in stock: {available} available",
  },
  archived: { "zh-CN": "「{title}」已被供应商下架", en: "“{title}” was withdrawn by its supplier" },
  short_shipped: {
    "zh-CN": "采购单 {purchaseOrderNumber}：「{title}」{variant}少发 {quantity} 件，这些件已回到你的订单里等待配货",
    en: "Purchase order {purchaseOrderNumber}: {quantity} of “{title}”{variant} short-shipped; they are back in your orders, waiting for stock",
  },
} satisfies Record<AlertKind, Message>;

/**
 * An alert's words, made when it is read, in the reader's language: the row keeps only
 * the kind and its facts (title, SKU code and options, costs before and after).
 */
export function alertMessage(kind: AlertKind, details: Record<string, unknown>, language: Language): string {
  const code = typeof details.code === "string" ? details.code : "";
  const options = typeof details.options === "string" && details.options ? details.options : "";
  const variant = !code
    ? ""
    : language === "en"
      ? ` ${code}${options && ` (${options})`}`
      : ` ${code}${options && `（${options}）`} `;
  return say(MESSAGES[kind], language, {
    ...details,
    variant,
    before: typeof details.costBefore === "number" ? yuan(details.costBefore) : "?",
    after: typeof details.costAfter === "number" ? yuan(details.costAfter) : "?",
  });
}
