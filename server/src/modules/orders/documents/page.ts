import PDFDocument from "pdfkit";
import type { Language } from "../../../http/language.js";
import { registerFonts } from "./fonts.js";

/** A4 portrait in points, with room at the bottom for the page number. */
export const PAGE = { size: "A4", margins: { top: 36, bottom: 50, left: 40, right: 40 } } as const;

export const COLOURS = { text: "#000000", muted: "#555555", rule: "#999999", faint: "#cccccc", shade: "#eeeeee" };

export const SIZES = { title: 18, heading: 11, body: 9.5, small: 8 };

/**
 * A document whose pages stay in memory until the end (pdfkit's `bufferPages`), so each
 * footer can say "page 2 of 3" once the page count is known.
 */
export function openDocument(title: string, language: Language): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    info: { Title: title, Producer: "taocun", Creator: "taocun" },
    lang: language,
  });
  registerFonts(doc);
  doc.font("regular").fontSize(SIZES.body).fillColor(COLOURS.text);
  return doc;
}

export type Footer = { left?: string; centre: string; right?: string };

export type Align = "left" | "center" | "right";

/** The text cut short with "…" so it fits `width` on one line. */
export function fitLine(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const characters = [...text];
  while (characters.length > 0 && doc.widthOfString(`${characters.join("")}…`) > width) characters.pop();
  return `${characters.join("")}…`;
}

/**
 * One line of text in a box, never wrapped (pdfkit wraps any text given a width, even at a
 * hyphen in a purchase-order number): cut short to fit, then placed by `align`.
 */
export function writeLine(
  doc: PDFKit.PDFDocument,
  text: string,
  box: { x: number; y: number; width: number; align?: Align },
): void {
  const fitted = fitLine(doc, text, box.width);
  const spare = box.width - doc.widthOfString(fitted);
  const offset = box.align === "right" ? spare : box.align === "center" ? spare / 2 : 0;
  doc.text(fitted, box.x + offset, box.y, { lineBreak: false });
}

/** Writes a footer on every page, below the bottom margin, from the page's number and the page count. */
export function stampFooters(doc: PDFKit.PDFDocument, footer: (page: number, pages: number) => Footer): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const { left, centre, right } = footer(index - start + 1, count);
    // Below the bottom margin, where only unwrapped text (writeLine) can go without pdfkit starting a page.
    const y = doc.page.height - doc.page.margins.bottom + 18;
    const width = doc.page.width - PAGE.margins.left - PAGE.margins.right;
    const x = PAGE.margins.left;
    doc.font("regular").fontSize(SIZES.small).fillColor(COLOURS.muted);
    // The page number owns the middle fifth; the sides are cut short rather than run into it.
    const side = width * 0.4 - 8;
    if (left) writeLine(doc, left, { x, y, width: side });
    writeLine(doc, centre, { x, y, width, align: "center" });
    if (right) writeLine(doc, right, { x: x + width - side, y, width: side, align: "right" });
  }
}

/** Ends the document and gathers its bytes. */
export function finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}
