import { type PdfObject, readObjects, reference } from "../../../orders/documents/testing/pdf-objects.js";
import type { PdfImage } from "../../../orders/documents/testing/pdf-pages.js";

/**
 * What the label tests read beyond text: each page's size and the filled rectangles its
 * content draws (the bars and the QR code's squares are vector shapes, not pictures), in
 * pdfkit's top-down coordinates.
 */
export type Rect = { x: number; y: number; width: number; height: number };

export type LabelPage = { mediaBox: number[]; fills: Rect[] };

const OPERATOR = /([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re|\b(f|S|n)\b/g;

function fillsOf(content: string): Rect[] {
  const fills: Rect[] = [];
  let pending: Rect[] = [];
  for (const match of content.matchAll(OPERATOR)) {
    const [, x, y, width, height, paint] = match;
    if (paint === "f") fills.push(...pending);
    if (paint) pending = [];
    else pending.push({ x: Number(x), y: Number(y), width: Number(width), height: Number(height) });
  }
  return fills;
}

export function readLabelPages(pdf: Buffer): LabelPage[] {
  const objects = readObjects(pdf);
  const tree = [...objects.values()].find((object) => object.dict.includes("/Type /Pages"));
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(tree?.dict ?? "")?.[1] ?? "").matchAll(/(\d+) 0 R/g)];
  return kids.map(([, id]) => {
    const page = objects.get(Number(id)) as PdfObject;
    const box = /\/MediaBox \[([^\]]*)\]/.exec(page.dict)?.[1] ?? "";
    const content = reference(objects, page.dict, "Contents")?.stream?.toString("latin1") ?? "";
    return { mediaBox: box.trim().split(/\s+/).map(Number), fills: fillsOf(content) };
  });
}

/** The bars: the tallest filled rectangles on the page. */
export function barsOf(page: LabelPage): Rect[] {
  const tallest = Math.max(...page.fills.map((rect) => rect.height));
  return page.fills.filter((rect) => Math.abs(rect.height - tallest) < 0.01).sort((a, b) => a.x - b.x);
}

/** The bars as a one-pixel-high picture, one pixel per module, for the orders' Code 128 reader. */
export function barsImage(bars: Rect[]): PdfImage & { module: number } {
  const module = Math.min(...bars.map((bar) => bar.width));
  const left = bars[0]?.x ?? 0;
  const right = Math.max(...bars.map((bar) => bar.x + bar.width));
  const width = Math.round((right - left) / module);
  const pixels = Buffer.alloc(width, 255);
  for (const bar of bars)
    pixels.fill(0, Math.round((bar.x - left) / module), Math.round((bar.x + bar.width - left) / module));
  return { width, height: 1, channels: 1, pixels, module };
}

/** The QR code's squares (every fill shorter than the bars) as rows of dark modules. */
export function qrModules(page: LabelPage): boolean[][] {
  const bars = barsOf(page)[0]?.height ?? 0;
  const squares = page.fills.filter((rect) => rect.height < bars - 0.01);
  const module = Math.min(...squares.map((rect) => rect.height));
  const left = Math.min(...squares.map((rect) => rect.x));
  const top = Math.min(...squares.map((rect) => rect.y));
  const size = Math.round((Math.max(...squares.map((rect) => rect.y + rect.height)) - top) / module);
  const rows = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const rect of squares) {
    const row = rows[Math.round((rect.y - top) / module)];
    const from = Math.round((rect.x - left) / module);
    for (let column = from; column < from + Math.round(rect.width / module); column++) if (row) row[column] = true;
  }
  return rows;
}
