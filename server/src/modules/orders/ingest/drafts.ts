import type { ParsedAddress } from "../address/parse.js";
import type {
  IngestResult,
  NormalisedOrder,
  OrderLine,
  OrderProblem,
  Platform,
  SkippedOrder,
  Source,
} from "./types.js";

/** The order-level fields, read from the row that carries them. */
export type OrderHead = {
  buyerName: string;
  phone: string;
  addressText: string;
  address: ParsedAddress;
  placedAt: string;
  totalFen: number | undefined;
};

/**
 * An order being put together from its rows. `broken` once any row of it has a problem;
 * `notSold` holds the status when the order as a whole is not a sale (unpaid, closed).
 */
export type Draft = {
  platform: Platform;
  number: string;
  source: Source;
  head: OrderHead | undefined;
  lines: OrderLine[];
  skippedLines: SkippedOrder[];
  notSold: string | undefined;
  broken: boolean;
};

export function newDraft(platform: Platform, number: string, source: Source): Draft {
  return { platform, number, source, head: undefined, lines: [], skippedLines: [], notSold: undefined, broken: false };
}

/** The skipped-order record of a status that is not a sale. */
export function skippedOf(draft: Draft, status: string, scope: "order" | "line", source: Source): SkippedOrder {
  return { platform: draft.platform, platformOrderNumber: draft.number, scope, status, source };
}

/**
 * Turns drafts into orders: a broken one is left out (its problems are listed already), one
 * that is not a sale, or whose every line is not, is skipped, and one without any line gets
 * the problem `empty` names.
 */
export function finishDrafts(
  drafts: Iterable<Draft>,
  result: IngestResult,
  empty: (draft: Draft) => OrderProblem,
): void {
  for (const draft of drafts) {
    if (draft.broken) continue;
    const onlySkipped = draft.lines.length === 0 && draft.skippedLines[0];
    if (draft.notSold !== undefined) result.skipped.push(skippedOf(draft, draft.notSold, "order", draft.source));
    else if (onlySkipped) result.skipped.push(skippedOf(draft, onlySkipped.status, "order", draft.source));
    else if (draft.lines.length === 0 || !draft.head) result.problems.push(empty(draft));
    else {
      result.orders.push(orderOf(draft, draft.head));
      result.skipped.push(...draft.skippedLines);
    }
  }
}

function orderOf(draft: Draft, head: OrderHead): NormalisedOrder {
  return {
    platform: draft.platform,
    platformOrderNumber: draft.number,
    ...head,
    paid: true,
    lines: draft.lines,
    source: draft.source,
  };
}
