import { code128 } from "./barcode.js";
import { type PurchaseOrderFigures, purchaseOrderFigures, purchaseOrderLineFigures } from "./figures.js";
import { Flow } from "./flow.js";
import { drawPageHeader } from "./header.js";
import { type Labels, labelsFor, optionText } from "./labels.js";
import { formatFen } from "./money.js";
import { COLOURS, finish, openDocument, SIZES, stampFooters, writeLine } from "./page.js";
import { drawParties } from "./parties.js";
import { type Cell, type Column, drawHeaderRow, drawRow, layoutColumns, rowHeight, spanColumn } from "./table.js";
import type { DocumentOptions, PurchaseOrderDocument, PurchaseOrderLine } from "./types.js";

// Line number, SKU code, title, options, unit price, ordered, short, amount.
const COLUMNS = [
  { share: 4, align: "right" as const, nowrap: true },
  { share: 18 },
  { share: 20 },
  { share: 21 },
  { share: 10, align: "right" as const, nowrap: true },
  { share: 7, align: "right" as const, nowrap: true },
  { share: 7, align: "right" as const, nowrap: true },
  { share: 13, align: "right" as const, nowrap: true },
];

// Labels right-aligned over the price columns, the sum under the amount column.
const TOTAL_COLUMNS = [
  { share: 85, align: "right" as const },
  { share: 15, align: "right" as const, nowrap: true },
];

type Context = { flow: Flow; columns: Column[]; labels: Labels };

/**
 * A line not delivered at all stays on paper, struck through with what it would have cost,
 * so both sides see what went missing; a line short in part shows the short units in bold.
 */
function whollyShort(line: PurchaseOrderLine): boolean {
  return line.quantity > 0 && line.shortShipped === line.quantity;
}

function lineCells(line: PurchaseOrderLine, index: number): Cell[] {
  const { amountFen, shortFen } = purchaseOrderLineFigures(line);
  const shown = whollyShort(line) ? shortFen : amountFen;
  return [
    String(index + 1),
    line.skuCode,
    line.title,
    optionText(line.options),
    formatFen(line.unitPriceFen),
    String(line.quantity),
    line.shortShipped > 0 ? { text: String(line.shortShipped), bold: true } : "",
    formatFen(shown),
  ];
}

function drawLines({ flow, columns }: Context, order: PurchaseOrderDocument): void {
  order.lines.forEach((line, index) => {
    const cells = lineCells(line, index);
    const style = { struck: whollyShort(line) };
    flow.keep(rowHeight(flow, columns, cells, style));
    drawRow(flow, columns, cells, style);
  });
}

function drawTotals({ flow, labels }: Context, figures: PurchaseOrderFigures): void {
  const columns = layoutColumns(flow, TOTAL_COLUMNS);
  const { purchaseOrder: words } = labels;
  const rows: [string, string][] = [
    [words.orderedAmount(figures.orderedUnits), formatFen(figures.orderedFen)],
    [words.shortAmount(figures.shortUnits), formatFen(-figures.shortFen)],
  ];
  const payable = [words.payable(figures.orderedUnits - figures.shortUnits), formatFen(figures.payableFen)];
  const height = rows.reduce((sum, cells) => sum + rowHeight(flow, columns, cells), 0);
  flow.keep(height + rowHeight(flow, columns, payable, { bold: true }));
  for (const cells of rows) drawRow(flow, columns, cells, { rule: "none" });
  drawRow(flow, columns, payable, { bold: true, shade: true, rule: "strong" });
}

function drawNotes({ flow, labels }: Context, order: PurchaseOrderDocument): void {
  const notes = [labels.fulfilmentNotes[order.fulfilment]];
  if (order.lines.some(whollyShort)) notes.push(labels.purchaseOrder.struckNote);
  if (order.note) notes.push(labels.field(labels.note, order.note));
  flow.y += 6;
  for (const note of notes) {
    flow.keep(rowHeight(flow, spanColumn(flow, "left"), [note]));
    drawRow(flow, spanColumn(flow, "left"), [note], { rule: "none" });
  }
}

/** Blank lines to sign on when the goods change hands. */
function drawSignatures({ flow, labels }: Context): void {
  const { doc } = flow;
  const names = labels.purchaseOrder.signatures;
  const width = flow.width / names.length;
  flow.y += 18;
  flow.keep(30);
  names.forEach((name, i) => {
    const x = flow.left + i * width;
    doc.font("regular").fontSize(SIZES.body).fillColor(COLOURS.text);
    writeLine(doc, labels.field(name, ""), { x, y: flow.y, width });
    const start = x + doc.widthOfString(labels.field(name, "")) + 2;
    const baseline = flow.y + doc.currentLineHeight(true) - 2;
    doc
      .lineWidth(0.6)
      .strokeColor(COLOURS.text)
      .moveTo(start, baseline)
      .lineTo(x + width - 16, baseline)
      .stroke();
  });
  flow.y += 30;
}

/** One purchase order: the two parties, the lines with prices and short-ships, what the shop pays. */
export async function purchaseOrderPdf(order: PurchaseOrderDocument, options: DocumentOptions = {}): Promise<Buffer> {
  const language = options.language ?? "zh-CN";
  const labels = labelsFor(language);
  const figures = purchaseOrderFigures(order);
  const barcode = await code128(order.number);
  const title = labels.purchaseOrder.title;
  const doc = openDocument(`${title} ${order.number}`, language);
  const flow = new Flow(doc);
  const context = { flow, columns: layoutColumns(flow, COLUMNS), labels };
  const when = [labels.field(labels.date, order.date)];
  if (order.cutoffTime) when.push(labels.field(labels.cutoff, order.cutoffTime));
  when.push(labels.field(labels.fulfilment, labels.fulfilments[order.fulfilment]));
  flow.everyPage(() =>
    drawPageHeader(flow, {
      title,
      barcode,
      details: [
        labels.field(labels.purchaseOrderNumber, order.number),
        when.join("    "),
        labels.field(labels.hub, order.hubName),
      ],
    }),
  );
  drawParties(
    flow,
    [
      { role: labels.supplier, party: order.supplier },
      { role: labels.buyer, party: order.shop },
    ],
    labels,
  );
  const words = labels.purchaseOrder;
  const titles = [words.lineNumber, labels.skuCode, labels.title, labels.options, labels.unitPrice, words.ordered];
  const stopHeaderRow = flow.everyPage(() =>
    drawHeaderRow(flow, context.columns, [...titles, words.short, labels.amount]),
  );
  drawLines(context, order);
  drawTotals(context, figures);
  stopHeaderRow();
  drawNotes(context, order);
  drawSignatures(context);
  stampFooters(doc, (page, pages) => ({
    left: `${title} ${order.number} · ${order.shop.name}`,
    centre: labels.pageOf(page, pages),
    right: order.printedAt && labels.printedAt(order.printedAt),
  }));
  return finish(doc);
}
