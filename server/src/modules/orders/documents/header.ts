import { type Barcode, barcodeWidth, drawBarcode } from "./barcode.js";
import type { Flow } from "./flow.js";
import { COLOURS, SIZES, writeLine } from "./page.js";

/**
 * The block at the top of every page: a page torn off the stack still says what it is,
 * whose it is and which day. `details` are lines under the title; `aside` sits right of it.
 */
export type PageHeader = { title: string; aside?: string; details: string[]; barcode?: Barcode };

const BARCODE_HEIGHT = 26;
const GAP_BELOW = 10;

function drawTitle(flow: Flow, header: PageHeader, width: number): number {
  const { doc } = flow;
  doc.font("bold").fontSize(SIZES.title).fillColor(COLOURS.text);
  writeLine(doc, header.title, { x: flow.left, y: flow.y, width });
  let y = flow.y + doc.currentLineHeight(true);
  if (header.aside) {
    doc.font("bold").fontSize(SIZES.heading);
    // Level with the title's baseline, against the right edge of the text column.
    const asideY = y - doc.currentLineHeight(true) - 2;
    writeLine(doc, header.aside, { x: flow.left, y: asideY, width, align: "right" });
  }
  doc.font("regular").fontSize(SIZES.body);
  for (const line of header.details) {
    writeLine(doc, line, { x: flow.left, y, width });
    y += doc.currentLineHeight(true);
  }
  return y;
}

export function drawPageHeader(flow: Flow, header: PageHeader): void {
  let textWidth = flow.width;
  let bottom = flow.y;
  if (header.barcode) {
    const width = barcodeWidth(header.barcode, flow.width / 3);
    textWidth -= width + 16;
    bottom =
      flow.y +
      drawBarcode(flow.doc, header.barcode, { x: flow.right - width, y: flow.y, width, height: BARCODE_HEIGHT });
  }
  bottom = Math.max(bottom, drawTitle(flow, header, textWidth));
  flow.doc
    .lineWidth(1.2)
    .strokeColor(COLOURS.text)
    .moveTo(flow.left, bottom + 4)
    .lineTo(flow.right, bottom + 4)
    .stroke();
  flow.y = bottom + 4 + GAP_BELOW;
}
