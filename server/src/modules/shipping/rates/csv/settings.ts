import { findCarrier } from "../../carriers.js";
import type { RateCardInput } from "../schema.js";
import type { SettingKey } from "./columns.js";
import { CellReader, type RateSheetProblem, type SettingRow, settingHeader } from "./rows.js";

/** The card's fields from its setting rows, and where each came from (for problems found later). */
export type ReadSettings = {
  fields: Omit<RateCardInput, "destinations">;
  rows: Partial<Record<SettingKey, number>>;
  tierRows: number[];
};

export function readSettings(settings: readonly SettingRow[], problems: RateSheetProblem[]): ReadSettings {
  const read: ReadSettings = { fields: { carrier: "", tiers: [] }, rows: {}, tierRows: [] };
  for (const setting of settings) {
    if (setting.key !== "tier" && read.rows[setting.key] !== undefined) {
      problems.push({
        row: setting.row,
        column: settingHeader(setting.key),
        code: "rate_sheet_setting_repeated",
        params: { first: read.rows[setting.key] as number },
      });
      continue;
    }
    read.rows[setting.key] = setting.row;
    readSetting(setting, read, new CellReader(problems, setting.row));
  }
  if (read.rows.carrier === undefined)
    problems.push({ column: settingHeader("carrier"), code: "rate_sheet_carrier_missing", params: {} });
  return read;
}

function readSetting({ key, values, row }: SettingRow, read: ReadSettings, cells: CellReader): void {
  const [value = "", second] = values;
  const column = settingHeader(key);
  const { fields } = read;
  if (key === "carrier") fields.carrier = findCarrier(value)?.code ?? value;
  if (key === "weightStep") fields.weightStepGrams = cells.kg(value, column);
  if (key === "divisor") fields.volumetricDivisor = cells.count(value, column);
  if (key === "capacity") fields.dailyCapacity = cells.count(value, column) ?? null;
  if (key === "tier") {
    read.tierRows.push(row);
    fields.tiers?.push({ minParcels: cells.count(value, column) ?? 0, discountFen: cells.yuan(second, column) ?? 0 });
  }
}
