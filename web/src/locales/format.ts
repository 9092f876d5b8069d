import { currentLanguage } from "./i18n";

/** A moment as a date; in the hub's time zone when one is given, else the device's. */
export function formatDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: "medium", timeZone }).format(new Date(iso));
}

/** A moment as date and time; in the hub's time zone when one is given, else the device's. */
export function formatDateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    new Date(iso),
  );
}

/** A business day (YYYY-MM-DD, already the hub's calendar day) as a date, never shifted by a time zone. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${day}T12:00:00Z`),
  );
}
