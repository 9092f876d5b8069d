import { type Barcode, barcodeWidth, code128, drawBarcode } from "./barcode.js";
import { type Count, pickListCount, pickListShopCount } from "./figures.js";
import { Flow } from "./flow.js";
import { drawPageHeader } from "./header.js";
import { type Labels, labelsFor, optionText } from "./labels.js";
import { COLOURS, finish, openDocument, SIZES, stampFooters, writeLine } from "./page.js";
import { type Cell, type Column, drawHeaderRow, drawRow, layoutColumns, rowHeight, spanColumn } from "./table.js";
import type { DocumentOptions, PickListDocument, PickListLine, PickListShop } from "./types.js";

// Checkbox, SKU code, title, options, quantity.
const COLUMNS = [
  { share: 5, align: "center" as const },
  { share: 22 },
  { share: 40 },
  { share: 24 },
  { share: 9, align: "right" as const, nowrap: true },
];

const BARCODE_HEIGHT = 24;
// A shop's heading: the barcode, its text under it and the padding around them, which are
// taller than the two lines of text beside them.
const SHOP_HEADING_HEIGHT = 6 + BARCODE_HEIGHT + 16 + 4;

type Context = { flow: Flow; columns: Column[]; labels: Labels };

function lineCells(line: PickListLine): Cell[] {
  return [{ checkbox: true as const }, line.skuCode, line.title, optionText(line.options), String(line.quantity)];
}

/** Shop name and PO on the left, the PO's barcode on the right; returns the height used. */
function drawShopHeading({ flow, labels }: Context, shop: PickListShop, barcode: Barcode): number {
  const { doc } = flow;
  const top = flow.y + 6;
  const width = barcodeWidth(barcode, flow.width / 3);
  const barcodeHeight = drawBarcode(doc, barcode, { x: flow.right - width, y: top, width, height: BARCODE_HEIGHT });
  const textWidth = flow.width - width - 16;
  doc.font("bold").fontSize(SIZES.heading).fillColor(COLOURS.text);
  writeLine(doc, shop.shopName, { x: flow.left + 4, y: top + 2, width: textWidth });
  const nameHeight = doc.currentLineHeight(true);
  const po = `${labels.field(labels.purchaseOrderNumber, shop.purchaseOrderNumber)}    ${labels.fulfilments[shop.fulfilment]}`;
  doc.font("regular").fontSize(SIZES.body).fillColor(COLOURS.muted);
  writeLine(doc, po, { x: flow.left + 4, y: top + 2 + nameHeight, width: textWidth });
  doc.fillColor(COLOURS.text);
  return 6 + Math.max(barcodeHeight, 2 + nameHeight + doc.currentLineHeight(true)) + 4;
}

/** A shop whose lines run onto a new page is named again above them. */
function drawContinuedHeading({ flow, labels }: Context, shop: PickListShop): void {
  const text = `${shop.shopName}${labels.continued}    ${shop.purchaseOrderNumber}`;
  drawRow(flow, spanColumn(flow, "left"), [{ text, bold: true }], { rule: "strong" });
}

function drawShop(context: Context, shop: PickListShop, barcode: Barcode): void {
  const { flow, columns, labels } = context;
  const first = shop.lines[0];
  flow.keep(SHOP_HEADING_HEIGHT + (first ? rowHeight(flow, columns, lineCells(first)) : 0));
  flow.y += drawShopHeading(context, shop, barcode);
  for (const line of shop.lines) {
    const cells = lineCells(line);
    if (flow.keep(rowHeight(flow, columns, cells))) drawContinuedHeading(context, shop);
    drawRow(flow, columns, cells);
  }
  const count = [labels.pickList.shopCount(pickListShopCount(shop))];
  const style = { bold: true, rule: "strong" } as const;
  if (flow.keep(rowHeight(flow, spanColumn(flow, "right"), count, style))) drawContinuedHeading(context, shop);
  drawRow(flow, spanColumn(flow, "right"), count, style);
}

function drawOverallCount({ flow, labels }: Context, count: Count & { shops: number }): void {
  const columns = spanColumn(flow, "right");
  const cells = [labels.pickList.overallCount(count)];
  flow.y += 8;
  flow.keep(rowHeight(flow, columns, cells, { bold: true }));
  drawRow(flow, columns, cells, { bold: true, shade: true, rule: "strong" });
}

/**
 * One supplier's pick list for one day: every shop's lines under the shop's name and the
 * barcode of its purchase order, a box to tick per line, counts per shop and in all.
 */
export async function pickListPdf(list: PickListDocument, options: DocumentOptions = {}): Promise<Buffer> {
  const language = options.language ?? "zh-CN";
  const labels = labelsFor(language);
  const barcodes = await Promise.all(list.shops.map((shop) => code128(shop.purchaseOrderNumber)));
  const count = pickListCount(list.shops);
  const title = labels.pickList.title;
  const doc = openDocument(`${title} ${list.supplierName} ${list.date}`, language);
  const flow = new Flow(doc);
  const context = { flow, columns: layoutColumns(flow, COLUMNS), labels };
  flow.everyPage(() =>
    drawPageHeader(flow, {
      title,
      aside: `${list.date}    ${labels.field(labels.cutoff, list.cutoffTime)}`,
      details: [
        labels.field(labels.supplier, list.supplierName),
        `${labels.field(labels.hub, list.hubName)}    ${labels.pickList.summary(count)}`,
      ],
    }),
  );
  flow.everyPage(() =>
    drawHeaderRow(flow, context.columns, [
      labels.picked,
      labels.skuCode,
      labels.title,
      labels.options,
      labels.quantity,
    ]),
  );
  list.shops.forEach((shop, i) => {
    const barcode = barcodes[i];
    if (barcode) drawShop(context, shop, barcode);
  });
  drawOverallCount(context, count);
  stampFooters(doc, (page, pages) => ({
    left: `${title} · ${list.supplierName} · ${list.date}`,
    centre: labels.pageOf(page, pages),
    right: list.printedAt && labels.printedAt(list.printedAt),
  }));
  return finish(doc);
}
