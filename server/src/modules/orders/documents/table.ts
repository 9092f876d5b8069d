import type { Flow } from "./flow.js";
import { type Align, COLOURS, SIZES } from "./page.js";

export type { Align };

/**
 * A column's share of the table's width (any unit; they are scaled to fit) and its alignment.
 * `nowrap` is for numbers: one too wide for the column is set smaller, never broken in two.
 */
export type ColumnSpec = { share: number; align?: Align; nowrap?: boolean };

export type Column = { x: number; width: number; align: Align; nowrap: boolean };

export type TextCell = { text: string; bold?: boolean };
/** An empty square to tick by hand. */
export type CheckboxCell = { checkbox: true };
export type Cell = string | TextCell | CheckboxCell;

export type RowStyle = {
  bold?: boolean;
  /** A grey band behind the row: header rows and totals. */
  shade?: boolean;
  /** Struck through and greyed: a line that no longer counts. */
  struck?: boolean;
  /** The line under the row; faint between ordinary rows. */
  rule?: "faint" | "strong" | "none";
};

const PAD_X = 4;
const PAD_Y = 4;
// A long title wraps, but never pushes a row past four lines (it ends in "…").
const MAX_LINES = 4;
const CHECKBOX = 9;

export function layoutColumns(flow: Flow, specs: ColumnSpec[]): Column[] {
  const total = specs.reduce((sum, spec) => sum + spec.share, 0);
  let x = flow.left;
  return specs.map((spec) => {
    const width = (spec.share / total) * flow.width;
    const column = { x, width, align: spec.align ?? "left", nowrap: spec.nowrap === true };
    x += width;
    return column;
  });
}

function textOf(cell: Cell): TextCell | null {
  if (typeof cell === "string") return { text: cell };
  return "checkbox" in cell ? null : cell;
}

function useFont(doc: PDFKit.PDFDocument, bold: boolean | undefined): PDFKit.PDFDocument {
  return doc.font(bold ? "bold" : "regular").fontSize(SIZES.body);
}

function textHeight(doc: PDFKit.PDFDocument, text: string, width: number): number {
  const oneLine = doc.currentLineHeight(true);
  return Math.min(doc.heightOfString(text || " ", { width }), MAX_LINES * oneLine);
}

export function rowHeight(flow: Flow, columns: Column[], cells: Cell[], style: RowStyle = {}): number {
  let tallest = useFont(flow.doc, style.bold).currentLineHeight(true);
  cells.forEach((cell, i) => {
    const text = textOf(cell);
    const column = columns[i];
    if (!text || !column) return;
    if (column.nowrap) return;
    useFont(flow.doc, style.bold || text.bold);
    tallest = Math.max(tallest, textHeight(flow.doc, text.text, column.width - 2 * PAD_X));
  });
  return tallest + 2 * PAD_Y;
}

function drawCheckbox(doc: PDFKit.PDFDocument, column: Column, y: number): void {
  const x = column.x + (column.width - CHECKBOX) / 2;
  doc
    .lineWidth(0.8)
    .strokeColor(COLOURS.text)
    .rect(x, y + PAD_Y + 2, CHECKBOX, CHECKBOX)
    .stroke();
}

/** One line, shrunk to fit the column if it must be, kept on the row's baseline. */
function drawUnbroken(doc: PDFKit.PDFDocument, column: Column, y: number, text: string, struck: boolean): void {
  const room = column.width - 2 * PAD_X;
  const natural = doc.widthOfString(text);
  const fullHeight = doc.currentLineHeight();
  if (natural > room) doc.fontSize((SIZES.body * room) / natural);
  const width = doc.widthOfString(text);
  const offset = column.align === "right" ? room - width : column.align === "center" ? (room - width) / 2 : 0;
  // Text hangs from its top; a smaller size moves down by the difference in ascent (about 0.8 of the line).
  const drop = (fullHeight - doc.currentLineHeight()) * 0.8;
  doc.text(text, column.x + PAD_X + offset, y + PAD_Y + drop, { lineBreak: false, strike: struck && text !== "" });
  doc.fontSize(SIZES.body);
}

function drawText(flow: Flow, column: Column, y: number, height: number, text: TextCell, style: RowStyle): void {
  const doc = useFont(flow.doc, style.bold || text.bold).fillColor(style.struck ? COLOURS.muted : COLOURS.text);
  if (column.nowrap) {
    drawUnbroken(doc, column, y, text.text, style.struck === true);
    return;
  }
  doc.text(text.text, column.x + PAD_X, y + PAD_Y, {
    width: column.width - 2 * PAD_X,
    height: height - 2 * PAD_Y,
    ellipsis: true,
    align: column.align,
    strike: style.struck === true && text.text !== "",
  });
}

function drawRule(flow: Flow, y: number, rule: RowStyle["rule"]): void {
  if (rule === "none") return;
  const strong = rule === "strong";
  flow.doc
    .lineWidth(strong ? 0.8 : 0.4)
    .strokeColor(strong ? COLOURS.rule : COLOURS.faint)
    .moveTo(flow.left, y)
    .lineTo(flow.right, y)
    .stroke();
}

/** Draws one row at the cursor and moves the cursor below it; the caller has made room. */
export function drawRow(flow: Flow, columns: Column[], cells: Cell[], style: RowStyle = {}): void {
  const height = rowHeight(flow, columns, cells, style);
  const y = flow.y;
  if (style.shade) flow.doc.rect(flow.left, y, flow.width, height).fill(COLOURS.shade);
  cells.forEach((cell, i) => {
    const column = columns[i];
    if (!column) return;
    const text = textOf(cell);
    if (text) drawText(flow, column, y, height, text, style);
    else drawCheckbox(flow.doc, column, y);
  });
  drawRule(flow, y + height, style.rule ?? "faint");
  flow.y = y + height;
  flow.doc.fillColor(COLOURS.text);
}

/** A header row: bold on a grey band. */
export function drawHeaderRow(flow: Flow, columns: Column[], titles: string[]): void {
  drawRow(flow, columns, titles, { bold: true, shade: true, rule: "strong" });
}

/** One text across the whole table: subtotals, totals, notes. */
export function spanColumn(flow: Flow, align: Align): Column[] {
  return [{ x: flow.left, width: flow.width, align, nowrap: false }];
}
