import type { Db } from "../../../db/connection.js";
import { ingestOrderFiles } from "../ingest/ingest.js";
import type { OrderFile, OrderProblem, Platform, SkippedOrder } from "../ingest/types.js";
import type { ShopScope } from "./picked-skus.js";
import { recordOrders } from "./record.js";
import type { SavedOrders } from "./save.js";

export type FileImport = SavedOrders & {
  platform: Platform | null;
  skipped: SkippedOrder[];
  /** Every problem found; when there is any, no order was written. */
  problems: OrderProblem[];
};

/**
 * A shop's order exports into taocun, all or nothing: the files are read (every bad row
 * reported), the SKU codes found in the shop's selection (every unknown code reported), and
 * only a clean upload is saved. Orders already brought in are left as they are, so the same
 * file uploaded twice changes nothing the second time.
 */
export async function importOrderFiles(
  db: Db,
  shop: ShopScope,
  files: OrderFile[],
  platform?: Platform,
): Promise<FileImport> {
  const read = await ingestOrderFiles(files, platform ? { platform } : {});
  const nothing = { created: [], existing: [], platform: read.platform, skipped: read.skipped };
  if (read.problems.length > 0) return { ...nothing, problems: read.problems };
  const recorded = await recordOrders(db, shop, read.orders);
  const problems: OrderProblem[] = recorded.problems.map((problem) => ({
    file: problem.file ?? "",
    row: problem.row,
    column: read.platform === "shopify" ? "Lineitem sku" : "商家编码",
    code: problem.code,
    params: problem.params,
  }));
  if (problems.length > 0) return { ...nothing, problems };
  return {
    created: recorded.created,
    existing: recorded.existing,
    platform: read.platform,
    skipped: read.skipped,
    problems,
  };
}
