import type { components } from "../api/schema.gen";

type OrderLine = components["schemas"]["OrderLine"];
export type LineStatus = OrderLine["status"];

/** The filters of the orders page, in the order a seller thinks: all, covered, waiting, on a PO, cancelled. */
export const LINE_FILTERS = ["all", "reserved", "backordered", "ordered", "cancelled"] as const;
export type LineFilter = (typeof LINE_FILTERS)[number];

export const LINE_COLOURS: Record<LineStatus, string> = {
  reserved: "teal",
  backordered: "orange",
  ordered: "blue",
  cancelled: "gray",
};

/** A line not on a purchase order yet may be cancelled; its reserved stock is freed. */
export const cancellable = (line: Pick<OrderLine, "status">) =>
  line.status === "reserved" || line.status === "backordered";

export type OpenLines = { covered: number; coveredUnits: number; backordered: number; backorderedUnits: number };

/**
 * The lines still waiting, counted once however many lists they came in: covered ones
 * (stock reserved, going on the next cut-off) and backordered ones (waiting for stock).
 */
export function openLines(orders: { id: string; lines: Pick<OrderLine, "id" | "status" | "quantity">[] }[]): OpenLines {
  const seen = new Set<string>();
  const counts: OpenLines = { covered: 0, coveredUnits: 0, backordered: 0, backorderedUnits: 0 };
  for (const order of orders) {
    if (seen.has(order.id)) continue;
    seen.add(order.id);
    for (const line of order.lines) {
      if (line.status === "reserved") {
        counts.covered += 1;
        counts.coveredUnits += line.quantity;
      }
      if (line.status === "backordered") {
        counts.backordered += 1;
        counts.backorderedUnits += line.quantity;
      }
    }
  }
  return counts;
}
