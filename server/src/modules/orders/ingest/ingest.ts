import { type FileKind, PLATFORM_OF } from "./detect.js";
import { type OpenedFile, openOrderFile } from "./open.js";
import { fileProblem } from "./problems.js";
import { UnreadableFile } from "./sheet-rows.js";
import { readShopifyOrders } from "./shopify/orders.js";
import { readTaobaoReports } from "./taobao/reports.js";
import { readTaobaoSubOrders } from "./taobao/sub-orders.js";
import type { IngestResult, OrderFile, OrderProblem, Platform } from "./types.js";

export type IngestOptions = {
  /** The platform the seller said the files come from; a file from another is refused. */
  platform?: Platform;
};

/** What a set of files is read as, once they make a valid upload. */
type Plan = { platform: Platform; read: (result: IngestResult) => Promise<void> };

const PLATFORM_NAMES: Record<Platform, string> = { taobao: "淘宝 (Taobao)", shopify: "Shopify" };

/**
 * Reads an upload of order exports — a Taobao 订单报表 with its 宝贝报表, a Taobao sub-order
 * XLSX, or a Shopify orders export — into normalised paid orders, the orders and lines that
 * are not sales, and every problem by file, row and column. A problem with a file as a whole
 * (unreadable, unrecognised, wrong platform, missing columns, half a pair) stops the upload:
 * no order is returned.
 */
export async function ingestOrderFiles(files: OrderFile[], options: IngestOptions = {}): Promise<IngestResult> {
  const result: IngestResult = { platform: null, orders: [], skipped: [], problems: [] };
  const opened: OpenedFile[] = [];
  for (const file of files) {
    const one = await openOrderFile(file, result.problems);
    if (one) opened.push(one);
  }
  if (result.problems.length > 0) return result;
  const plan = planUpload(opened, options, result.problems);
  if (!plan) return result;
  result.platform = plan.platform;
  try {
    await plan.read(result);
  } catch (error) {
    // A file that turns out unreadable half-way: nothing of the upload is used.
    if (!(error instanceof UnreadableFile)) throw error;
    return { ...result, orders: [], skipped: [], problems: [error.problem] };
  }
  return result;
}

function planUpload(opened: OpenedFile[], options: IngestOptions, problems: OrderProblem[]): Plan | undefined {
  if (!checkPlatforms(opened, options.platform, problems)) return undefined;
  const byKind = new Map(opened.map((file) => [file.kind, file]));
  const orders = byKind.get("taobao_orders");
  const items = byKind.get("taobao_items");
  const subOrders = byKind.get("taobao_sub_orders");
  const shopify = byKind.get("shopify_orders");
  if (opened.length === 1 && subOrders)
    return { platform: "taobao", read: (result) => readTaobaoSubOrders(subOrders, result) };
  if (opened.length === 1 && shopify)
    return { platform: "shopify", read: (result) => readShopifyOrders(shopify, result) };
  if (opened.length === 2 && orders && items)
    return { platform: "taobao", read: (result) => readTaobaoReports(orders, items, result) };
  problems.push(combinationProblem(opened));
  return undefined;
}

/** Every file is of the platform expected (if one is), and all of one platform. */
function checkPlatforms(opened: OpenedFile[], expected: Platform | undefined, problems: OrderProblem[]): boolean {
  const before = problems.length;
  for (const file of opened) {
    const found = PLATFORM_OF[file.kind];
    if (expected && found !== expected)
      problems.push(
        fileProblem(file.name, "order_file_wrong_platform", {
          expected: PLATFORM_NAMES[expected],
          found: PLATFORM_NAMES[found],
        }),
      );
  }
  const platforms = new Set(opened.map((file) => PLATFORM_OF[file.kind]));
  if (problems.length === before && platforms.size > 1)
    problems.push(fileProblem(opened[0]?.name ?? "", "order_files_mixed"));
  return problems.length === before;
}

// Half a Taobao pair names the report still wanted; any other mix says what an upload holds.
function combinationProblem(opened: OpenedFile[]): OrderProblem {
  const [only] = opened;
  const wanted = only && opened.length === 1 ? pairOf(only.kind) : undefined;
  if (only && wanted) return fileProblem(only.name, "order_report_missing", { report: wanted });
  return fileProblem(opened.map((file) => file.name).join(", "), "order_files_combination");
}

function pairOf(kind: FileKind): string | undefined {
  if (kind === "taobao_orders") return "宝贝报表";
  if (kind === "taobao_items") return "订单报表";
  return undefined;
}
