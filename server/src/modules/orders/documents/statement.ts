import { type StatementFigures, type StatementRow, statementFigures } from "./figures.js";
import { Flow } from "./flow.js";
import { drawPageHeader } from "./header.js";
import { type Labels, labelsFor, optionText } from "./labels.js";
import { formatFen } from "./money.js";
import { finish, openDocument, stampFooters } from "./page.js";
import {
  type Cell,
  type Column,
  drawHeaderRow,
  drawRow,
  layoutColumns,
  type RowStyle,
  rowHeight,
  spanColumn,
} from "./table.js";
import type { DocumentOptions, StatementDocument, StatementEntry } from "./types.js";

// Kind, SKU code, item, quantity × price, amount, balance; each PO's number heads its lines.
const COLUMNS = [
  { share: 12 },
  { share: 18 },
  { share: 28 },
  { share: 14, align: "right" as const, nowrap: true },
  { share: 14, align: "right" as const, nowrap: true },
  { share: 14, align: "right" as const, nowrap: true },
];

const SUMMARY_COLUMNS = Array.from({ length: 5 }, () => ({ share: 1, align: "center" as const, nowrap: true }));

type Context = { flow: Flow; columns: Column[]; labels: Labels };

/** Kind, SKU code, item, quantity × price: what the entry is, before its money. */
function entryText(entry: StatementEntry, labels: Labels): string[] {
  const words = labels.statement;
  if (entry.kind === "payment") {
    return [words.kinds.payment, "", [entry.reference, entry.note].filter(Boolean).join("\n"), ""];
  }
  const item = [entry.title, optionText(entry.options)].filter(Boolean).join("\n");
  const kind =
    entry.kind === "order_line" ? `${words.kinds.order_line}\n${words.prices[entry.price]}` : words.kinds.short_ship;
  // A short-ship's quantity is negative, like its amount: quantity × price = amount on every line.
  const quantity = entry.kind === "short_ship" ? -entry.quantity : entry.quantity;
  return [kind, entry.skuCode, item, `${quantity} × ${formatFen(entry.unitPriceFen)}`];
}

function drawEntry({ flow, columns, labels }: Context, row: StatementRow): void {
  const cells: Cell[] = [...entryText(row.entry, labels), formatFen(row.amountFen), formatFen(row.balanceFen)];
  flow.keep(rowHeight(flow, columns, cells));
  drawRow(flow, columns, cells);
}

/** Names the purchase order the lines below it belong to. */
function drawOrderHeading({ flow, columns, labels }: Context, purchaseOrderNumber: string): void {
  const cells = [{ text: labels.field(labels.purchaseOrderNumber, purchaseOrderNumber), bold: true }];
  // Never the last line of a page: keep room for an entry of three lines (title, title, options) under it.
  const entry = rowHeight(flow, columns, ["", "", "\n\n"]);
  flow.keep(rowHeight(flow, spanColumn(flow, "left"), cells) + entry);
  drawRow(flow, spanColumn(flow, "left"), cells);
}

function drawEntries(context: Context, rows: StatementRow[]): void {
  let order: string | null = null;
  for (const row of rows) {
    const number = row.entry.kind === "payment" ? null : row.entry.purchaseOrderNumber;
    if (number !== null && number !== order) drawOrderHeading(context, number);
    order = number;
    drawEntry(context, row);
  }
}

/** A row with only a label and a balance: the opening and closing lines. */
function drawBalance({ flow, columns }: Context, label: string, balanceFen: number, style: RowStyle): void {
  const cells: Cell[] = [{ text: label, bold: true }, "", "", "", "", formatFen(balanceFen)];
  flow.keep(rowHeight(flow, columns, cells, style));
  drawRow(flow, columns, cells, style);
}

/** Opening, today's three movements and closing, side by side above the detail. */
function drawSummary({ flow, labels }: Context, statement: StatementDocument, figures: StatementFigures): void {
  const columns = layoutColumns(flow, SUMMARY_COLUMNS);
  const words = labels.statement;
  drawHeaderRow(flow, columns, [words.opening, words.ordered, words.shortShipped, words.paid, words.closing]);
  const values: Cell[] = [
    formatFen(statement.openingBalanceFen),
    formatFen(figures.orderedFen),
    formatFen(-figures.shortShippedFen),
    formatFen(-figures.paidFen),
    { text: formatFen(figures.closingBalanceFen), bold: true },
  ];
  drawRow(flow, columns, values, { rule: "strong" });
  drawRow(flow, spanColumn(flow, "left"), [words.balanceNote], { rule: "none" });
  flow.y += 8;
}

/**
 * What one shop owes one supplier for one day: opening balance, every PO line, every
 * short-ship and payment with the balance after it, closing balance.
 */
export async function statementPdf(statement: StatementDocument, options: DocumentOptions = {}): Promise<Buffer> {
  const language = options.language ?? "zh-CN";
  const labels = labelsFor(language);
  const words = labels.statement;
  const figures = statementFigures(statement);
  const doc = openDocument(
    `${words.title} ${statement.shop.name} ${statement.supplier.name} ${statement.date}`,
    language,
  );
  const flow = new Flow(doc);
  const context = { flow, columns: layoutColumns(flow, COLUMNS), labels };
  flow.everyPage(() =>
    drawPageHeader(flow, {
      title: words.title,
      aside: statement.date,
      details: [
        labels.field(labels.shop, statement.shop.name),
        labels.field(labels.supplier, statement.supplier.name),
        labels.field(labels.hub, statement.hubName),
      ],
    }),
  );
  drawSummary(context, statement, figures);
  const titles = ["", labels.skuCode, words.item, words.quantityPrice, labels.amount, labels.balance];
  const stopHeaderRow = flow.everyPage(() => drawHeaderRow(flow, context.columns, titles));
  drawBalance(context, words.opening, statement.openingBalanceFen, {});
  drawEntries(context, figures.rows);
  drawBalance(context, words.closing, figures.closingBalanceFen, { bold: true, shade: true, rule: "strong" });
  stopHeaderRow();
  stampFooters(doc, (page, pages) => ({
    left: `${words.title} · ${statement.date} · ${statement.shop.name} · ${statement.supplier.name}`,
    centre: labels.pageOf(page, pages),
    right: statement.printedAt && labels.printedAt(statement.printedAt),
  }));
  return finish(doc);
}
