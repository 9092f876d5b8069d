import type { ProvinceCode } from "../../provinces.js";
import type { Band, RateCardInput } from "../schema.js";
import { COLUMNS, type ColumnKey } from "./columns.js";
import { cityFromText, provinceFromText, provinceName } from "./places.js";
import { CellReader, type RateSheetProblem, type SplitSheet, type TableRow, yesNo } from "./rows.js";

type DestinationInput = RateCardInput["destinations"][number];

/** Where a destination's rows are in the sheet: its first row, one row per band, the row giving its surcharge. */
export type DestinationRows = { first: number; bands: number[]; surcharge?: number };

export type ReadTable = { destinations: DestinationInput[]; rows: DestinationRows[] };

/** Rows of one place (province, or a prefecture of it) gathered into one destination, bands in row order. */
export function readTable(sheet: SplitSheet, problems: RateSheetProblem[]): ReadTable {
  const header = (key: ColumnKey) => sheet.headers[key] ?? COLUMNS[key].header;
  const read: ReadTable = { destinations: [], rows: [] };
  const byPlace = new Map<string, number>();
  for (const row of sheet.table) {
    const parsed = readRow(row, header, problems);
    if (!parsed) continue;
    const key = `${parsed.province}/${parsed.city ?? ""}`;
    const index = byPlace.get(key);
    if (index === undefined) {
      byPlace.set(key, read.destinations.length);
      read.destinations.push(newDestination(parsed));
      read.rows.push({
        first: row.row,
        bands: parsed.band ? [row.row] : [],
        ...(parsed.surchargeFen === undefined ? {} : { surcharge: row.row }),
      });
    } else addToDestination(read, index, parsed, row.row, header, problems);
  }
  return read;
}

type ParsedRow = {
  province: ProvinceCode;
  city: string | undefined;
  band: Band | undefined;
  surchargeFen: number | undefined;
};

function readRow(
  { row, cells }: TableRow,
  header: (key: ColumnKey) => string,
  problems: RateSheetProblem[],
): ParsedRow | undefined {
  const before = problems.length;
  const place = readPlace(row, cells, header, problems);
  const notServed = yesNo(cells.notServed ?? "", row, header("notServed"), problems);
  const numbers = new CellReader(problems, row);
  if (notServed) {
    const priced = (["upTo", "firstWeight", "firstPrice", "perKg", "surcharge"] as const).find((key) => cells[key]);
    if (priced) problems.push({ row, column: header(priced), code: "rate_sheet_not_served_priced", params: {} });
    return place && problems.length === before ? { ...place, band: undefined, surchargeFen: undefined } : undefined;
  }
  const band = readBand(row, cells, header, numbers, problems);
  const surchargeFen = numbers.yuan(cells.surcharge, header("surcharge"));
  return place && band && problems.length === before ? { ...place, band, surchargeFen } : undefined;
}

function readPlace(
  row: number,
  cells: TableRow["cells"],
  header: (key: ColumnKey) => string,
  problems: RateSheetProblem[],
): { province: ProvinceCode; city: string | undefined } | undefined {
  const provinceText = cells.province ?? "";
  const province = provinceFromText(provinceText);
  if (!province) {
    if (provinceText === "")
      problems.push({ row, column: header("province"), code: "rate_sheet_value_missing", params: {} });
    else
      problems.push({
        row,
        column: header("province"),
        code: "rate_sheet_province_unknown",
        params: { value: provinceText },
      });
    return undefined;
  }
  const cityText = cells.city ?? "";
  if (cityText === "") return { province, city: undefined };
  const city = cityFromText(province, cityText);
  if (city) return { province, city };
  problems.push({
    row,
    column: header("city"),
    code: "rate_sheet_city_unknown",
    params: { value: cityText, province: provinceName(province) },
  });
  return undefined;
}

// 续重价 blank: a flat price up to 上限. 续重价 given: 首重价 for 首重, then 续重价 per kg.
function readBand(
  row: number,
  cells: TableRow["cells"],
  header: (key: ColumnKey) => string,
  numbers: CellReader,
  problems: RateSheetProblem[],
): Band | undefined {
  const upToGrams = numbers.kg(cells.upTo, header("upTo")) ?? null;
  const price = numbers.yuan(cells.firstPrice, header("firstPrice"));
  const perKgFen = numbers.yuan(cells.perKg, header("perKg"));
  const firstGrams = numbers.kg(cells.firstWeight, header("firstWeight"));
  const missing = (key: ColumnKey) =>
    problems.push({ row, column: header(key), code: "rate_sheet_value_missing", params: {} });
  if (!cells.firstPrice) missing("firstPrice");
  if (cells.perKg && !cells.firstWeight) missing("firstWeight");
  if (!cells.perKg && !cells.upTo)
    problems.push({ row, column: header("upTo"), code: "rate_sheet_flat_needs_limit", params: {} });
  if (price === undefined) return undefined;
  if (perKgFen === undefined) return upToGrams === null ? undefined : { kind: "flat", upToGrams, priceFen: price };
  if (firstGrams === undefined) return undefined;
  return { kind: "stepped", upToGrams, firstGrams, firstPriceFen: price, perKgFen };
}

function newDestination(parsed: ParsedRow): DestinationInput {
  const place =
    parsed.city === undefined ? { province: parsed.province } : { province: parsed.province, city: parsed.city };
  if (!parsed.band) return { ...place, served: false };
  return { ...place, served: true, bands: [parsed.band], surchargeFen: parsed.surchargeFen ?? 0 };
}

function addToDestination(
  read: ReadTable,
  index: number,
  parsed: ParsedRow,
  row: number,
  header: (key: ColumnKey) => string,
  problems: RateSheetProblem[],
): void {
  const destination = read.destinations[index] as DestinationInput;
  const rows = read.rows[index] as DestinationRows;
  const place = parsed.city ?? provinceName(parsed.province);
  if (!destination.served || !parsed.band) {
    if (destination.served || parsed.band)
      problems.push({
        row,
        column: header("notServed"),
        code: "rate_sheet_not_served_mixed",
        params: { place, first: rows.first },
      });
    return;
  }
  destination.bands.push(parsed.band);
  rows.bands.push(row);
  if (parsed.surchargeFen === undefined) return;
  // The surcharge belongs to the destination: blank on later rows repeats it, another value is a mistake.
  if (rows.surcharge !== undefined && destination.surchargeFen !== parsed.surchargeFen)
    problems.push({
      row,
      column: header("surcharge"),
      code: "rate_sheet_surcharge_differs",
      params: { place, first: rows.surcharge },
    });
  destination.surchargeFen = parsed.surchargeFen;
  rows.surcharge ??= row;
}
