import type { Db } from "../../../db/connection.js";
import type { OrderMessageCode } from "../messages.js";
import type { OrderDraft, ResolvedOrder } from "./drafts.js";
import { pickedSkus, type ShopScope } from "./picked-skus.js";

export type ResolveProblem = {
  platformOrderNumber: string;
  file: string | null;
  row: number | null;
  code: OrderMessageCode;
  params: Record<string, string | number>;
};

/**
 * Finds each line's supplier SKU in the shop's selection. Every line whose code is not
 * there (or is there twice) is a problem, reported with its row when it came from a file.
 */
export async function resolveDrafts(
  db: Db,
  shop: ShopScope,
  drafts: OrderDraft[],
): Promise<{ orders: ResolvedOrder[]; problems: ResolveProblem[] }> {
  const skus = await pickedSkus(
    db,
    shop,
    drafts.flatMap((draft) => draft.lines.map((line) => line.skuCode)),
  );
  const orders: ResolvedOrder[] = [];
  const problems: ResolveProblem[] = [];
  const seen = new Map<string, OrderDraft>();
  for (const draft of drafts) {
    // One order twice in one batch is two exports pasted together: refused, never doubled.
    const key = `${draft.platform}:${draft.platformOrderNumber}`;
    const first = seen.get(key);
    seen.set(key, first ?? draft);
    if (first) {
      problems.push({
        platformOrderNumber: draft.platformOrderNumber,
        file: draft.source?.file ?? null,
        row: draft.source?.row ?? null,
        code: "order_number_repeated",
        params: { number: draft.platformOrderNumber, first: first.source?.row ?? "?" },
      });
      continue;
    }
    const resolved: ResolvedOrder["resolved"] = [];
    for (const line of draft.lines) {
      const sku = skus.get(line.skuCode.toUpperCase());
      if (sku && sku !== "ambiguous") resolved.push({ ...line, sku });
      else
        problems.push({
          platformOrderNumber: draft.platformOrderNumber,
          file: line.source?.file ?? null,
          row: line.source?.row ?? null,
          code: sku === "ambiguous" ? "order_sku_ambiguous" : "order_sku_unknown",
          params: { code: line.skuCode },
        });
    }
    if (resolved.length === draft.lines.length) orders.push({ ...draft, resolved });
  }
  return { orders, problems };
}
