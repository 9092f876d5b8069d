import type { RateCard } from "../schema.js";
import { type RateCardProblem, validateRateCard } from "../validate.js";
import { COLUMNS, type ColumnKey, type SettingKey } from "./columns.js";
import { type RateSheetProblem, type SheetRow, settingHeader, splitSheet } from "./rows.js";
import { type ReadSettings, readSettings } from "./settings.js";
import { type ReadTable, readTable } from "./table.js";

export type RateSheetResult = { ok: true; card: RateCard } | { ok: false; problems: RateSheetProblem[] };

/**
 * A rate card from a sheet's rows. Problems in the cells come first (a price that is not an
 * amount, a province nobody knows); when the cells are fine, the card is validated as a whole
 * and each of its problems is pointed back at the row and column it came from.
 */
export function rateCardFromSheet(rows: readonly SheetRow[]): RateSheetResult {
  const problems: RateSheetProblem[] = [];
  const sheet = splitSheet(rows, problems);
  if (!sheet) return { ok: false, problems };
  const settings = readSettings(sheet.settings, problems);
  const table = readTable(sheet, problems);
  if (problems.length > 0) return { ok: false, problems };
  const validation = validateRateCard({ ...settings.fields, destinations: table.destinations });
  if (validation.ok) return validation;
  const header = (key: ColumnKey) => sheet.headers[key] ?? COLUMNS[key].header;
  const located = validation.problems.map((p) => locate(p, settings, table, header));
  // In sheet order: what concerns the file as a whole first, then row by row (a stable sort).
  return { ok: false, problems: located.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}

const BAND_COLUMNS: Record<string, ColumnKey> = {
  upToGrams: "upTo",
  firstGrams: "firstWeight",
  firstPriceFen: "firstPrice",
  priceFen: "firstPrice",
  perKgFen: "perKg",
};

const CARD_SETTINGS: Record<string, SettingKey> = {
  carrier: "carrier",
  weightStepGrams: "weightStep",
  volumetricDivisor: "divisor",
  dailyCapacity: "capacity",
};

function locate(
  problem: RateCardProblem,
  settings: ReadSettings,
  table: ReadTable,
  header: (key: ColumnKey) => string,
): RateSheetProblem {
  const { code, params, path } = problem;
  const [section, index, part, band, field] = path;
  if (section === "tiers")
    return { row: settings.tierRows[index as number], column: settingHeader("tier"), code, params };
  if (section !== "destinations") {
    const key = CARD_SETTINGS[String(section)];
    return key ? { row: settings.rows[key], column: settingHeader(key), code, params } : { code, params };
  }
  // A province missing has no row of its own: it names the column.
  if (index === undefined) return { column: header("province"), code, params };
  const rows = table.rows[index as number];
  if (part === "bands") {
    const row = band === undefined ? rows?.first : rows?.bands[band as number];
    return { row, column: header(BAND_COLUMNS[String(field)] ?? "upTo"), code, params };
  }
  if (part === "surchargeFen")
    return { row: rows?.surcharge ?? rows?.first, column: header("surcharge"), code, params };
  if (part === "city") return { row: rows?.first, column: header("city"), code, params };
  return { row: rows?.first, column: header("province"), code, params };
}
