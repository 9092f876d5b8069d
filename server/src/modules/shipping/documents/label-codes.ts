import bwipjs from "bwip-js";
import { mm } from "./label-layout.js";
import type { WaybillLabel } from "./types.js";

export type Box = { x: number; y: number; width: number; height: number };

/*
 * Both symbols come from bwip-js's encoder, as the orders documents' do, but are drawn as
 * vector shapes rather than through its PNG renderer: rendering, compressing and embedding a
 * picture per symbol cost more than the rest of the label (orders' code128() takes about 2 ms
 * a call, its raw encoding 0.1 ms), and squares on whole printer dots print sharp.
 */

// Thermal label printers in Chinese express are 203 dpi (8 dots per mm). A module of a whole
// number of dots prints every bar the same width; two dots (0.25 mm) is the narrowest that
// scanners at the sorting centre read reliably, four (0.5 mm) is plenty.
export const DOT = mm(25.4 / 203);
const MIN_DOTS = 2;
const MAX_DOTS = 4;
// Code 128 asks for a quiet zone of ten modules on either side, QR codes for four.
const BARS_QUIET_ZONE = 10;
const QR_QUIET_ZONE = 4;

/** A Code 128 symbol: bar, space, bar … widths in modules, and its width with the quiet zones. */
export type Bars = { text: string; widths: number[]; modules: number };

export function code128Bars(text: string): Bars {
  if (!/^[\x20-\x7e]+$/.test(text)) throw new RangeError(`a Code 128 barcode holds printable ASCII only: "${text}"`);
  // The default export's raw() is the encoder; the named export `raw` is a symbology of that name.
  const [symbol] = bwipjs.raw("code128", text, "");
  if (!symbol || !("sbs" in symbol)) throw new Error(`bwip-js made no Code 128 symbol of "${text}"`);
  const modules = symbol.sbs.reduce((sum, width) => sum + width, 2 * BARS_QUIET_ZONE);
  return { text, widths: symbol.sbs, modules };
}

export const trackingBars = (label: WaybillLabel): Bars => code128Bars(label.trackingNumber);

/** The widest module, in whole printer dots, at which the symbol (quiet zones included) fits `width`. */
export function moduleWidth(bars: Bars, width: number): number {
  const dots = Math.min(MAX_DOTS, Math.floor(width / (bars.modules * DOT)));
  if (dots < MIN_DOTS) {
    throw new RangeError(`tracking number ${bars.text} is too long for a readable barcode ${width.toFixed(0)} pt wide`);
  }
  return dots * DOT;
}

/** Draws the symbol with its left quiet zone starting at `x`, which should fall on a printer dot. */
export function drawBars(
  doc: PDFKit.PDFDocument,
  bars: Bars,
  at: { x: number; y: number; module: number; height: number },
): void {
  let x = at.x + BARS_QUIET_ZONE * at.module;
  bars.widths.forEach((width, i) => {
    if (i % 2 === 0) doc.rect(x, at.y, width * at.module, at.height);
    x += width * at.module;
  });
  doc.fillColor("#000000").fill();
}

/** What the QR code holds: the carrier's code and the tracking number, "ZTO:73100000012". */
export const qrText = (label: WaybillLabel): string => `${label.carrier.code}:${label.trackingNumber}`;

/** A QR symbol's dark modules, row by row. */
export type QrMatrix = { size: number; dark: boolean[] };

/**
 * A fixed mask pattern (any of the eight is valid; readers try them all) halves the encoding
 * time over scoring every mask, the one step of a label that is slow.
 */
export function qrMatrix(text: string): QrMatrix {
  const [symbol] = bwipjs.raw("qrcode", text, "eclevel=M mask=1");
  if (!symbol || !("pixs" in symbol)) throw new Error(`bwip-js made no QR code of "${text}"`);
  return { size: symbol.pixx, dark: symbol.pixs.map((pixel) => pixel === 1) };
}

/** Draws the symbol filling `box` (a square), quiet zone inside it; runs of dark modules become one rectangle. */
export function drawQr(doc: PDFKit.PDFDocument, matrix: QrMatrix, box: Box): void {
  const module = box.width / (matrix.size + 2 * QR_QUIET_ZONE);
  const left = box.x + QR_QUIET_ZONE * module;
  const top = box.y + QR_QUIET_ZONE * module;
  for (let row = 0; row < matrix.size; row++) {
    let start = -1;
    for (let column = 0; column <= matrix.size; column++) {
      const dark = column < matrix.size && matrix.dark[row * matrix.size + column] === true;
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        doc.rect(left + start * module, top + row * module, (column - start) * module, module);
        start = -1;
      }
    }
  }
  doc.fillColor("#000000").fill();
}
