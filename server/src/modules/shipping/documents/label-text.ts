import { type Align, writeLine } from "../../orders/documents/page.js";
import type { Box } from "./label-codes.js";

export type Style = { bold?: boolean; size: number };

export function use(doc: PDFKit.PDFDocument, style: Style): PDFKit.PDFDocument {
  return doc
    .font(style.bold ? "bold" : "regular")
    .fontSize(style.size)
    .fillColor("#000000");
}

/** One line cut with "…" to fit the box's width, centred in its height. */
export function lineIn(doc: PDFKit.PDFDocument, text: string, style: Style, box: Box, align: Align = "left"): void {
  use(doc, style);
  const y = box.y + (box.height - doc.currentLineHeight()) / 2;
  writeLine(doc, text, { x: box.x, y, width: box.width, align });
}

/**
 * For what must print whole (the destination, the tracking number): the style, set smaller
 * if the text would not fit `width` at its own size.
 */
export function fitting(doc: PDFKit.PDFDocument, text: string, style: Style, width: number): Style {
  const natural = use(doc, style).widthOfString(text);
  return natural <= width ? style : { ...style, size: (style.size * width) / natural };
}

/**
 * Text wrapped to at most `lines` lines from the top of the box, the last cut with "…";
 * pdfkit breaks Chinese between any two characters and English between words.
 */
export function paragraphIn(doc: PDFKit.PDFDocument, text: string, style: Style, box: Box, lines: number): void {
  use(doc, style);
  // A hair over the lines' height, so rounding never costs the last line.
  const height = lines * doc.currentLineHeight(true) + 0.5;
  doc.text(text, box.x, box.y, { width: box.width, height, ellipsis: "…", lineGap: 0 });
}

/**
 * A mobile number arrives masked (138****1234); one that arrives whole is masked here all
 * the same, since the label travels through many hands (and the law on personal information
 * asks express companies to hide it).
 */
export function maskedPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, "");
  const mobile = /^(?:\+?86)?(1\d{2})\d{4}(\d{4})$/.exec(digits);
  return mobile ? `${mobile[1]}****${mobile[2]}` : phone;
}
