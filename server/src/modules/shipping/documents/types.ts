import type { Language } from "../../../http/language.js";

/** The two thermal-label sizes Chinese express printers take (mm, width × height). */
export type LabelSize = "100x180" | "76x130";

export type LabelParty = { name: string; phone: string; address: string };

/** One parcel's waybill as printed: everything comes from the database, nothing is looked up here. */
export type WaybillLabel = {
  trackingNumber: string;
  carrier: { code: string; name: string };
  /** Printed large: the province and prefecture, e.g. "浙江 金华". */
  destination: { province: string; city: string };
  /** The recipient's phone arrives masked already (138****1234). */
  recipient: LabelParty;
  sender: LabelParty;
  /** "连衣裙 红色/M ×2；T恤 白色/L ×1", cut to fit by the renderer. */
  items: string;
  weightGrams: number;
  /** Business day, YYYY-MM-DD. */
  date: string;
  orderNumber: string;
};

export type LabelOptions = { size: LabelSize; language?: Language };

/** One line of a pickup manifest. */
export type ManifestParcel = {
  trackingNumber: string;
  sender: string;
  province: string;
  city: string;
  weightGrams: number;
  /** When the station scanned it, ISO time; null while waiting. */
  collectedAt: string | null;
};

/** What a carrier picks up from the hub on one day. */
export type ManifestDocument = {
  hub: { name: string };
  carrier: { code: string; name: string };
  station: string | null;
  date: string;
  /** ISO time of printing, shown in the hub's time zone. */
  printedAt: string;
  timeZone: string;
  parcels: ManifestParcel[];
};
