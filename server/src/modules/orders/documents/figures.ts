import type {
  Fen,
  PickListShop,
  PurchaseOrderDocument,
  PurchaseOrderLine,
  StatementDocument,
  StatementEntry,
} from "./types.js";

/**
 * The sums every document prints, computed here once so the PDF, the CSV and the orders
 * service agree. Inputs come from SQL, where a numeric column can arrive as a float or a
 * string; anything but a safe integer is refused rather than printed wrong.
 */
export function checkInteger(value: number, what: string, min = Number.MIN_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || value < min)
    throw new RangeError(`${what} must be an integer ≥ ${min}: ${value}`);
  return value;
}

export type Count = { lines: number; units: number };

export function pickListShopCount(shop: PickListShop): Count {
  const units = shop.lines.reduce(
    (sum, line) => sum + checkInteger(line.quantity, `quantity of ${line.skuCode}`, 0),
    0,
  );
  return { lines: shop.lines.length, units };
}

export function pickListCount(shops: PickListShop[]): Count & { shops: number } {
  const counts = shops.map(pickListShopCount);
  return {
    shops: shops.length,
    lines: counts.reduce((sum, count) => sum + count.lines, 0),
    units: counts.reduce((sum, count) => sum + count.units, 0),
  };
}

export type PurchaseOrderLineFigures = { deliveredUnits: number; amountFen: Fen; shortFen: Fen };

export function purchaseOrderLineFigures(line: PurchaseOrderLine): PurchaseOrderLineFigures {
  const price = checkInteger(line.unitPriceFen, `unit price of ${line.skuCode}`, 0);
  const quantity = checkInteger(line.quantity, `quantity of ${line.skuCode}`, 0);
  const short = checkInteger(line.shortShipped, `short-shipped units of ${line.skuCode}`, 0);
  if (short > quantity) throw new RangeError(`${line.skuCode}: ${short} short-shipped of ${quantity} ordered`);
  return { deliveredUnits: quantity - short, amountFen: price * (quantity - short), shortFen: price * short };
}

export type PurchaseOrderFigures = {
  orderedUnits: number;
  shortUnits: number;
  orderedFen: Fen;
  shortFen: Fen;
  /** What the shop pays: ordered minus short-shipped. */
  payableFen: Fen;
};

export function purchaseOrderFigures(order: PurchaseOrderDocument): PurchaseOrderFigures {
  const figures = { orderedUnits: 0, shortUnits: 0, orderedFen: 0, shortFen: 0, payableFen: 0 };
  for (const line of order.lines) {
    const { amountFen, shortFen } = purchaseOrderLineFigures(line);
    figures.orderedUnits += line.quantity;
    figures.shortUnits += line.shortShipped;
    figures.orderedFen += amountFen + shortFen;
    figures.shortFen += shortFen;
    figures.payableFen += amountFen;
  }
  return figures;
}

/** One statement entry with its signed effect on the balance and the balance after it. */
export type StatementRow = { entry: StatementEntry; amountFen: Fen; balanceFen: Fen };

export type StatementFigures = {
  rows: StatementRow[];
  orderedFen: Fen;
  /** Short-ship deductions, as a positive sum. */
  shortShippedFen: Fen;
  /** Payments, as a positive sum. */
  paidFen: Fen;
  closingBalanceFen: Fen;
};

/** Positive adds to what the shop owes, negative takes off. */
export function statementAmount(entry: StatementEntry): Fen {
  if (entry.kind === "payment") return -checkInteger(entry.amountFen, `payment ${entry.reference}`, 0);
  const price = checkInteger(entry.unitPriceFen, `unit price of ${entry.skuCode}`, 0);
  const quantity = checkInteger(entry.quantity, `quantity of ${entry.skuCode}`, 0);
  return entry.kind === "order_line" ? price * quantity : -price * quantity;
}

export function statementFigures(statement: StatementDocument): StatementFigures {
  let balanceFen = checkInteger(statement.openingBalanceFen, "opening balance");
  const sums = { order_line: 0, short_ship: 0, payment: 0 };
  const rows = statement.entries.map((entry) => {
    const amountFen = statementAmount(entry);
    balanceFen += amountFen;
    sums[entry.kind] += Math.abs(amountFen);
    return { entry, amountFen, balanceFen };
  });
  return {
    rows,
    orderedFen: sums.order_line,
    shortShippedFen: sums.short_ship,
    paidFen: sums.payment,
    closingBalanceFen: balanceFen,
  };
}
