import type { LabelSize } from "./types.js";

/** Millimetres to PDF points. */
export const mm = (value: number): number => (value * 72) / 25.4;

export type Band = "header" | "destination" | "barcode" | "recipient" | "sender" | "details" | "signature";

/** Where everything goes on one size of label; lengths in points, type sizes in points. */
export type LabelLayout = {
  width: number;
  height: number;
  margin: number;
  padding: number;
  /** The bands from top to bottom; with the margins they fill the label exactly. */
  bands: Record<Band, number>;
  barHeight: number;
  qrSize: number;
  type: { carrier: number; destination: number; number: number; name: number; body: number; small: number };
  /** The most lines each party's address may take; the last is cut with "…". */
  addressLines: { recipient: number; sender: number };
};

/** A layout written in millimetres (type sizes stay points), as points. */
function inPoints(layout: LabelLayout): LabelLayout {
  const bands = Object.fromEntries(Object.entries(layout.bands).map(([band, value]) => [band, mm(value)]));
  return {
    ...layout,
    width: mm(layout.width),
    height: mm(layout.height),
    margin: mm(layout.margin),
    padding: mm(layout.padding),
    bands: bands as Record<Band, number>,
    barHeight: mm(layout.barHeight),
    qrSize: mm(layout.qrSize),
  };
}

// Bands as on a Cainiao-style one-part e-waybill: the sorting information (destination, bars)
// high up where the sorting centre's scanners and people look first, the parties below.
export const LAYOUTS: Record<LabelSize, LabelLayout> = {
  "100x180": inPoints({
    width: 100,
    height: 180,
    margin: 3,
    padding: 2,
    bands: { header: 11, destination: 20, barcode: 34, recipient: 37, sender: 24, details: 38, signature: 10 },
    barHeight: 22,
    qrSize: 27,
    type: { carrier: 15, destination: 34, number: 13, name: 15, body: 11, small: 8 },
    addressLines: { recipient: 3, sender: 2 },
  }),
  // Same bands, smaller type: the bars keep their modules and only lose height.
  "76x130": inPoints({
    width: 76,
    height: 130,
    margin: 2,
    padding: 1.5,
    bands: { header: 8, destination: 14, barcode: 25, recipient: 26, sender: 17, details: 30, signature: 6 },
    barHeight: 16,
    qrSize: 21,
    type: { carrier: 11, destination: 24, number: 10, name: 9.5, body: 7.5, small: 6.5 },
    addressLines: { recipient: 3, sender: 1 },
  }),
};
