import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { fenToYuan, gramsToKg } from "../../money.js";
import type { Band, Destination, RateCard } from "../schema.js";
import { COLUMNS, type ColumnKey, SETTINGS } from "./columns.js";
import { cityName, provinceName } from "./places.js";

const TABLE: ColumnKey[] = ["province", "city", "upTo", "firstWeight", "firstPrice", "perKg", "surcharge", "notServed"];

/**
 * A rate card as the sheet readRateCardFile reads back to the same card: settings, a blank
 * row, the price table with one row per band. UTF-8 with a byte-order mark, so Excel on a
 * Chinese Windows opens it without garbling the headers.
 */
export function rateCardToCsv(card: RateCard, options: { bom?: boolean } = {}): string {
  const text = stringify(rateCardRows(card), { record_delimiter: "\r\n" });
  return options.bom === false ? text : `\uFEFF${text}`;
}

/**
 * The same sheet as an XLSX workbook, every cell as text (so 0.50 stays 0.50 and a blank stays
 * blank), for operators who keep their contracts in Excel.
 */
export async function rateCardToXlsx(card: RateCard): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(card.carrier);
  for (const row of rateCardRows(card)) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.width = 14;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Settings, a blank row, the price table with one row per band. */
function rateCardRows(card: RateCard): string[][] {
  return [
    [SETTINGS.carrier.header, card.carrier],
    [SETTINGS.weightStep.header, gramsToKg(card.weightStepGrams)],
    [SETTINGS.divisor.header, String(card.volumetricDivisor)],
    [SETTINGS.capacity.header, card.dailyCapacity === null ? "" : String(card.dailyCapacity)],
    ...card.tiers.map((tier) => [SETTINGS.tier.header, String(tier.minParcels), fenToYuan(tier.discountFen)]),
    [],
    TABLE.map((key) => COLUMNS[key].header),
    ...card.destinations.flatMap(destinationRows),
  ];
}

function destinationRows(destination: Destination): string[][] {
  const place = [provinceName(destination.province), destination.city ? cityName(destination.city) : ""];
  if (!destination.served) return [[...place, "", "", "", "", "", "是"]];
  const surcharge = destination.surchargeFen > 0 ? fenToYuan(destination.surchargeFen) : "";
  return destination.bands.map((band) => [...place, ...bandCells(band), surcharge, ""]);
}

function bandCells(band: Band): string[] {
  const upTo = band.upToGrams === null ? "" : gramsToKg(band.upToGrams);
  if (band.kind === "flat") return [upTo, "", fenToYuan(band.priceFen), ""];
  return [upTo, gramsToKg(band.firstGrams), fenToYuan(band.firstPriceFen), fenToYuan(band.perKgFen)];
}
