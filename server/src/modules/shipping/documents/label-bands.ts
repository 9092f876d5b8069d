import { formatScaled } from "../money.js";
import { type Bars, type Box, DOT, drawBars, drawQr, moduleWidth, type QrMatrix } from "./label-codes.js";
import type { Band, LabelLayout } from "./label-layout.js";
import { fitting, lineIn, maskedPhone, paragraphIn, type Style, use } from "./label-text.js";
import type { LabelParty, WaybillLabel } from "./types.js";
import type { Words } from "./words.js";

export type LabelContext = {
  doc: PDFKit.PDFDocument;
  layout: LabelLayout;
  words: Words["label"];
  field: (label: string, value: string) => string;
  label: WaybillLabel;
  bars: Bars;
  qr: QrMatrix;
};

const BANDS: Band[] = ["header", "destination", "barcode", "recipient", "sender", "details", "signature"];

function bandBoxes(layout: LabelLayout): Record<Band, Box> {
  const width = layout.width - 2 * layout.margin;
  let y = layout.margin;
  const boxes = {} as Record<Band, Box>;
  for (const band of BANDS) {
    boxes[band] = { x: layout.margin, y, width, height: layout.bands[band] };
    y += layout.bands[band];
  }
  return boxes;
}

const inset = (box: Box, by: number): Box => ({
  x: box.x + by,
  y: box.y + by,
  width: box.width - 2 * by,
  height: box.height - 2 * by,
});

/** Takes `height` off the top of the box: the line drawn there, and the box that is left. */
function takeTop(box: Box, height: number): [Box, Box] {
  return [
    { ...box, height },
    { ...box, y: box.y + height, height: box.height - height },
  ];
}

function lineBox(doc: PDFKit.PDFDocument, style: Style, box: Box): [Box, Box] {
  return takeTop(box, use(doc, style).currentLineHeight(true));
}

function drawFrame({ doc, layout }: LabelContext, boxes: Record<Band, Box>): void {
  doc.lineWidth(0.8).strokeColor("#000000");
  const { x, width } = boxes.header;
  doc.rect(x, layout.margin, width, layout.height - 2 * layout.margin).stroke();
  for (const band of BANDS.slice(1)) doc.moveTo(x, boxes[band].y).lineTo(x + width, boxes[band].y);
  doc.stroke();
}

function drawHeader({ doc, layout, label }: LabelContext, box: Box): void {
  const date = { size: layout.type.body };
  const dateWidth = use(doc, date).widthOfString(label.date);
  lineIn(doc, label.date, date, box, "right");
  lineIn(
    doc,
    label.carrier.name,
    { bold: true, size: layout.type.carrier },
    { ...box, width: box.width - dateWidth - 6 },
  );
}

function drawDestination({ doc, layout, label }: LabelContext, box: Box): void {
  const text = `${label.destination.province} ${label.destination.city}`;
  lineIn(doc, text, fitting(doc, text, { bold: true, size: layout.type.destination }, box.width), box, "center");
}

/** Bars as wide as whole printer dots allow, centred, the number whole under them. */
function drawTrackingBarcode({ doc, layout, bars }: LabelContext, band: Box): void {
  // A point narrower than the band, so no bar can touch the frame's line.
  const module = moduleWidth(bars, band.width - 2);
  const width = bars.modules * module;
  // Centred, then moved onto the printer's dot grid so every bar edge falls between dots.
  const x = Math.round((band.x + (band.width - width) / 2) / DOT) * DOT;
  drawBars(doc, bars, { x, y: band.y + layout.padding, module, height: layout.barHeight });
  const below = band.y + layout.padding + layout.barHeight;
  const style = fitting(doc, bars.text, { bold: true, size: layout.type.number }, width);
  lineIn(doc, bars.text, style, { x, y: below, width, height: band.y + band.height - below }, "center");
}

function drawParty(context: LabelContext, box: Box, who: "recipient" | "sender", party: LabelParty): void {
  const { doc, layout } = context;
  const recipient = who === "recipient";
  const heading: Style = { bold: true, size: layout.type.small };
  const name: Style = { bold: true, size: recipient ? layout.type.name : layout.type.body };
  const address: Style = { size: recipient ? layout.type.body : layout.type.small };
  const [headingLine, rest] = lineBox(doc, heading, inset(box, layout.padding));
  lineIn(doc, context.words[who], heading, headingLine);
  const [nameLine, addressBox] = lineBox(doc, name, rest);
  // The sender is a shop: its number is there for the courier to call, not to hide.
  const phone = recipient ? maskedPhone(party.phone) : party.phone;
  // The phone whole at the right; a long name gives way to it, cut with "…".
  const phoneWidth = use(doc, name).widthOfString(phone);
  lineIn(doc, phone, name, nameLine, "right");
  lineIn(doc, party.name, name, { ...nameLine, width: nameLine.width - phoneWidth - 8 });
  paragraphIn(doc, party.address, address, addressBox, layout.addressLines[who]);
}

function drawDetails(context: LabelContext, band: Box): void {
  const { doc, layout, words, field, label } = context;
  const box = inset(band, layout.padding);
  const body: Style = { size: layout.type.body };
  const [itemsLine, rest] = lineBox(doc, body, box);
  // One line, cut with "…" (orders' fitLine, through lineIn): the packer has the full list.
  lineIn(doc, field(words.items, label.items), body, itemsLine);
  const qrSize = Math.min(layout.qrSize, rest.height);
  drawQr(doc, context.qr, { x: rest.x + rest.width - qrSize, y: rest.y, width: qrSize, height: qrSize });
  const textBox = { ...rest, width: rest.width - qrSize - 4 };
  const [weightLine, orderBox] = lineBox(doc, body, textBox);
  lineIn(doc, field(words.weight, `${formatScaled(label.weightGrams, 3, 2)} kg`), body, weightLine);
  lineIn(doc, field(words.orderNumber, label.orderNumber), body, lineBox(doc, body, orderBox)[0]);
}

function drawSignature({ doc, layout, words, field }: LabelContext, band: Box): void {
  const box = inset(band, layout.padding / 2);
  const half = box.width / 2;
  [words.signature, words.signedAt].forEach((word, i) => {
    lineIn(doc, field(word, ""), { size: layout.type.small }, { ...box, x: box.x + i * half, width: half });
  });
}

/** One label on the current page. */
export function drawLabel(context: LabelContext): void {
  const boxes = bandBoxes(context.layout);
  const padded = (band: Band) => inset(boxes[band], context.layout.padding);
  drawFrame(context, boxes);
  drawHeader(context, padded("header"));
  drawDestination(context, padded("destination"));
  drawTrackingBarcode(context, boxes.barcode);
  drawParty(context, boxes.recipient, "recipient", context.label.recipient);
  drawParty(context, boxes.sender, "sender", context.label.sender);
  drawDetails(context, boxes.details);
  drawSignature(context, boxes.signature);
}
