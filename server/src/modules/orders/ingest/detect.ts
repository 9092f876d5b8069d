import { normaliseHeader } from "../../catalog/import/columns.js";
import type { Cell } from "../../catalog/import/values.js";
import { type ColumnSpec, headerNames } from "./header.js";
import { SHOPIFY_MARKS, SHOPIFY_ORDERS } from "./shopify/columns.js";
import {
  ITEM_REPORT,
  LINE_FIELDS,
  ORDER_FIELDS,
  ORDER_REPORT,
  ORDER_REPORT_MARKS,
  SUB_ORDER_FILE,
  TAOBAO_MARKS,
} from "./taobao/columns.js";
import type { Platform } from "./types.js";

export type FileKind = "taobao_orders" | "taobao_items" | "taobao_sub_orders" | "shopify_orders";

export const PLATFORM_OF: Record<FileKind, Platform> = {
  taobao_orders: "taobao",
  taobao_items: "taobao",
  taobao_sub_orders: "taobao",
  shopify_orders: "shopify",
};

/** The columns each kind of file must have. */
export const SPECS_OF: Record<FileKind, readonly ColumnSpec<string>[]> = {
  taobao_orders: ORDER_REPORT,
  taobao_items: ITEM_REPORT,
  taobao_sub_orders: SUB_ORDER_FILE,
  shopify_orders: SHOPIFY_ORDERS,
};

const TAOBAO_NAMES = knownNames([ORDER_REPORT, ITEM_REPORT, SUB_ORDER_FILE], TAOBAO_MARKS);
const SHOPIFY_NAMES = knownNames([SHOPIFY_ORDERS], SHOPIFY_MARKS);
const SUB_ORDER = normaliseHeader("子订单编号");
// What only an order report has (the recipient, the address, the buyer), against what only an
// item report has (price, quantity, 商家编码): the status column is in both.
const ORDER_NAMES = knownNames([ORDER_FIELDS.filter((field) => field.key !== "status")], ORDER_REPORT_MARKS);
const LINE_NAMES = knownNames([LINE_FIELDS], []);

// A product sheet shares 商品标题 and 商家编码 with Taobao's files; an order export has more.
const RECOGNISED = 3;

/**
 * What an export is, by its header: the platform whose headers it shares most (at least three),
 * then for Taobao which of its files. A file missing some columns is still recognised, so
 * that the problem can name them.
 */
export function detectKind(header: readonly Cell[]): FileKind | undefined {
  const names = new Set(headerNames(header).filter((name) => name !== ""));
  const taobao = count(names, TAOBAO_NAMES);
  const shopify = count(names, SHOPIFY_NAMES);
  if (Math.max(taobao, shopify) < RECOGNISED) return undefined;
  if (shopify > taobao) return "shopify_orders";
  if (names.has(SUB_ORDER)) return "taobao_sub_orders";
  return count(names, ORDER_NAMES) > count(names, LINE_NAMES) ? "taobao_orders" : "taobao_items";
}

function knownNames(specs: readonly (readonly ColumnSpec<string>[])[], marks: readonly string[]): Set<string> {
  const names = specs.flatMap((columns) => columns.flatMap((column) => [...column.names]));
  return new Set([...names, ...marks].map(normaliseHeader));
}

function count(names: ReadonlySet<string>, known: ReadonlySet<string>): number {
  let found = 0;
  for (const name of names) if (known.has(name)) found += 1;
  return found;
}
