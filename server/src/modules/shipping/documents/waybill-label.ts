import PDFDocument from "pdfkit";
import type { Language } from "../../../http/language.js";
import { registerFonts } from "../../orders/documents/fonts.js";
import { labelsFor } from "../../orders/documents/labels.js";
import { finish } from "../../orders/documents/page.js";
import { drawLabel } from "./label-bands.js";
import { qrMatrix, qrText, trackingBars } from "./label-codes.js";
import { LAYOUTS, type LabelLayout } from "./label-layout.js";
import type { LabelOptions, WaybillLabel } from "./types.js";
import { wordsFor } from "./words.js";

/**
 * Pages the size of the label and no margins: pdfkit only breaks pages inside text that runs
 * past the bottom margin, and every line on a label is placed in its own box. Pages are not
 * buffered (no footers to add later), so each label's content is written out as it is drawn.
 */
function openLabelDocument(layout: LabelLayout, language: Language, count: number): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: [layout.width, layout.height],
    margin: 0,
    autoFirstPage: false,
    info: { Title: `waybills ×${count}`, Producer: "taocun", Creator: "taocun" },
    lang: language,
  });
  registerFonts(doc);
  return doc;
}

const YIELD_EVERY = 50;

function checkLabel(label: WaybillLabel): void {
  if (!Number.isSafeInteger(label.weightGrams) || label.weightGrams < 0) {
    throw new RangeError(`waybill ${label.trackingNumber}: weight ${label.weightGrams} is not whole grams`);
  }
}

/**
 * Waybill labels for a thermal printer, one page per label at the label's own size, in the
 * order given: what the hub prints after the carrier assigned the tracking numbers.
 */
export async function waybillLabelsPdf(labels: WaybillLabel[], options: LabelOptions): Promise<Buffer> {
  const language = options.language ?? "zh-CN";
  const layout = LAYOUTS[options.size];
  const words = wordsFor(language).label;
  const { field } = labelsFor(language);
  if (labels.length === 0) throw new RangeError("no waybill labels to print");
  labels.forEach(checkLabel);
  const doc = openLabelDocument(layout, language, labels.length);
  for (const [i, label] of labels.entries()) {
    // A thousand labels take seconds of drawing: let the server answer other requests meanwhile.
    if (i > 0 && i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    doc.addPage({ size: [layout.width, layout.height], margin: 0 });
    drawLabel({ doc, layout, words, field, label, bars: trackingBars(label), qr: qrMatrix(qrText(label)) });
  }
  return finish(doc);
}
