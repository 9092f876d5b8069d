import { type Cell, cellText } from "../../catalog/import/values.js";
import type { Checked } from "./row-reader.js";

/** China Standard Time: Asia/Shanghai has kept +08:00 all year since 1991. */
export const CHINA_OFFSET = "+08:00";

// 2024-05-01 10:23:45, 2024/5/1 10:23, 2024-05-01T10:23:45+08:00, 2024-05-01 10:23:45 +0800.
const TIME =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

// Excel counts days from 1899-12-30; 25569 of them reach 1970-01-01.
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

/**
 * A time as an export writes it, to ISO 8601 with its offset. Times without an offset are
 * wall-clock times at `offset` (China time for Taobao, whose exports never name a zone);
 * an XLSX date cell arrives as Excel's day number and is read the same way.
 */
export function checkTime(cell: Cell, offset = CHINA_OFFSET): Checked<string> {
  if (typeof cell === "number") return excelTime(cell, offset);
  const text = cellText(cell);
  if (text === "") return { problem: "order_value_missing" };
  const match = TIME.exec(text);
  if (!match) return { problem: "order_time_invalid", params: { value: text } };
  const [, year, month, day, hour = "0", minute = "0", second = "0", zone] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = wallClock(...fields);
  if (!wall) return { problem: "order_time_invalid", params: { value: text } };
  return { value: `${wall}${zone ? isoOffset(zone) : offset}` };
}

function excelTime(days: number, offset: string): Checked<string> {
  const date = new Date(Math.round(((days - EXCEL_EPOCH_DAYS) * DAY_MS) / 1000) * 1000);
  if (!Number.isFinite(days) || days < 1 || Number.isNaN(date.getTime()))
    return { problem: "order_time_invalid", params: { value: String(days) } };
  return { value: `${date.toISOString().slice(0, 19)}${offset}` };
}

/** YYYY-MM-DDTHH:mm:ss, or undefined for a day or hour that does not exist (2024-02-30, 25:00). */
function wallClock(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const same =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return same ? date.toISOString().slice(0, 19) : undefined;
}

function isoOffset(zone: string): string {
  if (zone.toUpperCase() === "Z") return "Z";
  const digits = zone.replace(":", "");
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}
