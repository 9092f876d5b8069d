import type { UploadedFile } from "../../../http/uploads.js";
import type { ParsedAddress } from "../address/parse.js";
import type { OrderMessageCode } from "../messages.js";

export type Platform = "taobao" | "shopify";

/** An order file as uploaded: where it is on disk and the name its owner gave it (for messages). */
export type OrderFile = UploadedFile;

/** Where a record came from: the file's name and the row number the spreadsheet shows. */
export type Source = { file: string; row: number };

export type OrderLine = {
  /** 商家编码 / Lineitem sku: the seller's code, resolved to a supplier SKU later. */
  skuCode: string;
  title: string;
  /** 商品属性 as the platform wrote it (颜色分类：黑色;尺码：M), "" when none. */
  options: string;
  quantity: number;
  unitPriceFen: number;
  source: Source;
};

export type NormalisedOrder = {
  platform: Platform;
  platformOrderNumber: string;
  /** The recipient (收货人姓名 / Shipping Name). */
  buyerName: string;
  phone: string;
  addressText: string;
  address: ParsedAddress;
  /** When the buyer placed the order, ISO 8601 with its offset (+08:00 for Taobao). */
  placedAt: string;
  paid: true;
  /** What the buyer paid for the whole order, counted once, when the export says. */
  totalFen: number | undefined;
  lines: OrderLine[];
  source: Source;
};

/** An order (or one line of it) that is in the file but is not a sale: unpaid, closed, cancelled. */
export type SkippedOrder = {
  platform: Platform;
  platformOrderNumber: string;
  scope: "order" | "line";
  /** The status as the platform wrote it. */
  status: string;
  source: Source;
};

/**
 * Something wrong with a file (row null) or with one cell or row of it. `column` is the
 * header as the file writes it, or for a missing column null.
 */
export type OrderProblem = {
  file: string;
  row: number | null;
  column: string | null;
  code: OrderMessageCode;
  params: Record<string, string | number>;
};

/**
 * What an upload holds. `orders` are the paid orders without any problem; an order with a
 * problem on any of its rows is left out and its problems listed.
 */
export type IngestResult = {
  platform: Platform | null;
  orders: NormalisedOrder[];
  skipped: SkippedOrder[];
  problems: OrderProblem[];
};
