import type { Language } from "../../../http/language.js";
import { Flow } from "../../orders/documents/flow.js";
import { drawPageHeader } from "../../orders/documents/header.js";
import { type Labels, labelsFor } from "../../orders/documents/labels.js";
import { COLOURS, finish, openDocument, SIZES, stampFooters, writeLine } from "../../orders/documents/page.js";
import { type Cell, drawHeaderRow, drawRow, layoutColumns, rowHeight } from "../../orders/documents/table.js";
import { hubTime, kilograms, type ManifestFigures, manifestFigures } from "./manifest-figures.js";
import type { ManifestDocument, ManifestParcel } from "./types.js";
import { type Words, wordsFor } from "./words.js";

// #, tracking number, sender, destination, weight, collected.
const COLUMNS = [
  { share: 5, align: "right" as const, nowrap: true },
  { share: 22, nowrap: true },
  { share: 25 },
  { share: 21 },
  { share: 12, align: "right" as const, nowrap: true },
  { share: 15, align: "center" as const, nowrap: true },
];

type Context = { flow: Flow; doc: ManifestDocument; words: Words["manifest"]; labels: Labels };

/**
 * Collected: a tick and the hub's time of the scan, with the day if it was not the manifest's
 * day. Waiting: a box the courier ticks by hand when he takes the parcel.
 */
function collectedCell(parcel: ManifestParcel, doc: ManifestDocument): Cell {
  if (parcel.collectedAt === null) return { checkbox: true };
  const { date, time } = hubTime(parcel.collectedAt, doc.timeZone);
  // √ rather than ✓: the shipped fonts hold GBK's characters, and ✓ is not one of them.
  return date === doc.date ? `√ ${time}` : `√ ${date.slice(5)} ${time}`;
}

function parcelCells(parcel: ManifestParcel, i: number, doc: ManifestDocument): Cell[] {
  const destination = `${parcel.province} ${parcel.city}`;
  return [
    String(i + 1),
    parcel.trackingNumber,
    parcel.sender,
    destination,
    kilograms(parcel.weightGrams),
    collectedCell(parcel, doc),
  ];
}

function detailLines({ doc, words, labels }: Context, figures: ManifestFigures): string[] {
  const who = [
    labels.field(labels.hub, doc.hub.name),
    labels.field(words.carrier, `${doc.carrier.name} ${doc.carrier.code}`),
    ...(doc.station ? [labels.field(words.station, doc.station)] : []),
  ];
  return [who.join("    "), words.count(figures.count)];
}

/** The parcels per province, on the first page only: what the courier checks against his van. */
function drawProvinces({ flow, words, labels }: Context, figures: ManifestFigures): void {
  if (figures.provinces.length === 0) return;
  const counts = figures.provinces.map((entry) => words.provinceCount(entry.province, entry.parcels));
  const text = labels.field(words.byProvince, counts.join(" · "));
  const { doc } = flow;
  doc.font("regular").fontSize(SIZES.body).fillColor(COLOURS.text);
  const height = doc.heightOfString(text, { width: flow.width });
  doc.text(text, flow.left, flow.y, { width: flow.width });
  flow.y += height + 8;
}

function drawParcels(context: Context): void {
  const { flow, doc } = context;
  const columns = layoutColumns(flow, COLUMNS);
  const w = context.words;
  flow.everyPage(() =>
    drawHeaderRow(flow, columns, [w.index, w.trackingNumber, w.sender, w.destination, w.weight, w.collected]),
  );
  doc.parcels.forEach((parcel, i) => {
    const cells = parcelCells(parcel, i, doc);
    flow.keep(rowHeight(flow, columns, cells));
    drawRow(flow, columns, cells);
  });
}

/** A line to sign on for each side of the handover, kept together on the last page. */
function drawSignatures({ flow, words, labels }: Context): void {
  const { doc } = flow;
  const width = flow.width / words.signatures.length;
  flow.y += 24;
  flow.keep(30);
  words.signatures.forEach((name, i) => {
    const x = flow.left + i * width;
    const label = labels.field(name, "");
    doc.font("regular").fontSize(SIZES.body).fillColor(COLOURS.text);
    writeLine(doc, label, { x, y: flow.y, width });
    const baseline = flow.y + doc.currentLineHeight(true) - 2;
    const start = x + Math.min(doc.widthOfString(label), width / 2) + 2;
    doc
      .lineWidth(0.6)
      .strokeColor(COLOURS.text)
      .moveTo(start, baseline)
      .lineTo(x + width - 12, baseline)
      .stroke();
  });
  flow.y += 30;
}

/**
 * The pickup manifest (揽收清单) a carrier's courier signs at the hub: every parcel handed over
 * that day with its weight and when the station scanned it, counted in all and per province.
 */
export async function manifestPdf(doc: ManifestDocument, options: { language?: Language } = {}): Promise<Buffer> {
  const language = options.language ?? "zh-CN";
  const words = wordsFor(language).manifest;
  const labels = labelsFor(language);
  const figures = manifestFigures(doc);
  const printed = hubTime(doc.printedAt, doc.timeZone);
  const pdf = openDocument(`${words.title} ${doc.hub.name} ${doc.carrier.name} ${doc.date}`, language);
  const context = { flow: new Flow(pdf), doc, words, labels };
  const { flow } = context;
  flow.everyPage(() =>
    drawPageHeader(flow, { title: words.title, aside: doc.date, details: detailLines(context, figures) }),
  );
  drawProvinces(context, figures);
  drawParcels(context);
  drawSignatures(context);
  stampFooters(pdf, (page, pages) => ({
    left: `${words.title} · ${doc.carrier.name} · ${doc.date}`,
    centre: labels.pageOf(page, pages),
    right: labels.printedAt(`${printed.date} ${printed.time}`),
  }));
  return finish(pdf);
}
