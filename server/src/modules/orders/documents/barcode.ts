import { toBuffer } from "bwip-js";
import { COLOURS, SIZES, writeLine } from "./page.js";

/** A Code 128 symbol as a PNG, with its width in modules (the narrowest bar) for sizing on paper. */
export type Barcode = { text: string; png: Buffer; modules: number };

// One pixel per module is exact: every bar edge falls on a pixel edge at any printed size, and
// the picture stays under a kilobyte (three pixels per module made it seven times larger).
const PIXELS_PER_MODULE = 1;
// Code 128 asks for a quiet zone of ten modules on either side; white, so it holds on any background.
const QUIET_ZONE = 10;

export async function code128(text: string): Promise<Barcode> {
  if (!/^[\x20-\x7e]+$/.test(text)) throw new RangeError(`a Code 128 barcode holds printable ASCII only: "${text}"`);
  const png = await toBuffer({
    bcid: "code128",
    text,
    scale: PIXELS_PER_MODULE,
    height: 10,
    includetext: false,
    paddingwidth: QUIET_ZONE,
    backgroundcolor: "FFFFFF",
  });
  // The PNG's width sits at bytes 16–19 of its IHDR chunk.
  return { text, png, modules: png.readUInt32BE(16) / PIXELS_PER_MODULE };
}

/**
 * 0.85 pt (0.3 mm) per module reads well on office laser printers and phone cameras; a long
 * number narrows the modules to fit `maxWidth` rather than overflowing.
 */
export function barcodeWidth(barcode: Barcode, maxWidth: number): number {
  return Math.min(barcode.modules * 0.85, maxWidth);
}

/** Draws the symbol with its text under it; returns the height used. */
export function drawBarcode(
  doc: PDFKit.PDFDocument,
  barcode: Barcode,
  at: { x: number; y: number; width: number; height: number },
): number {
  doc.image(barcode.png, at.x, at.y, { width: at.width, height: at.height });
  doc.font("regular").fontSize(SIZES.small).fillColor(COLOURS.text);
  // The number is never cut short: a long one is set smaller to fit under its bars.
  const natural = doc.widthOfString(barcode.text);
  if (natural > at.width) doc.fontSize((SIZES.small * at.width) / natural);
  writeLine(doc, barcode.text, { x: at.x, y: at.y + at.height + 1, width: at.width, align: "center" });
  doc.fontSize(SIZES.small);
  return at.height + 1 + doc.currentLineHeight(true);
}
