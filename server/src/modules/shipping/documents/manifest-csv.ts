import { stringify } from "csv-stringify/sync";
import type { Language } from "../../../http/language.js";
import { asText } from "../../orders/documents/statement-csv.js";
import { checkWeights, hubTime, kilograms } from "./manifest-figures.js";
import type { ManifestDocument, ManifestParcel } from "./types.js";
import { wordsFor } from "./words.js";

function collectedAt(parcel: ManifestParcel, timeZone: string): string {
  if (parcel.collectedAt === null) return "";
  const { date, time } = hubTime(parcel.collectedAt, timeZone);
  return `${date} ${time}`;
}

/**
 * The manifest as CSV for Excel: one row per parcel, each naming the day, hub and carrier so
 * several days or carriers can be pasted together. UTF-8 with a byte-order mark (what makes
 * Excel on Chinese Windows read UTF-8 rather than GBK), CRLF line ends, weights in kg with
 * three decimals, collection times in the hub's time zone, empty while the parcel waits.
 */
export function manifestCsv(doc: ManifestDocument, language: Language = "zh-CN"): string {
  const c = wordsFor(language).csv;
  const header = [c.date, c.hub, c.carrier, c.trackingNumber, c.sender, c.province, c.city, c.weight, c.collectedAt];
  const who = [doc.date, doc.hub.name, doc.carrier.name].map(asText);
  checkWeights(doc);
  const rows = doc.parcels.map((parcel) => {
    const text = [parcel.trackingNumber, parcel.sender, parcel.province, parcel.city].map(asText);
    return [...who, ...text, kilograms(parcel.weightGrams), collectedAt(parcel, doc.timeZone)];
  });
  return stringify([header, ...rows], { bom: true, record_delimiter: "windows" });
}
