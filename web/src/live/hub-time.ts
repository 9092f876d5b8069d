/** The hub's wall clock at a moment, field by field. */
function wallClock(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "00";
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** How far the hub's clock is ahead of UTC at a moment, in ms (+8 h for Asia/Shanghai). */
function offsetAt(at: Date, timeZone: string): number {
  const c = wallClock(at, timeZone);
  const asUtc = Date.UTC(+c.year, +c.month - 1, +c.day, +c.hour, +c.minute, +c.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * "2025-06-01T20:00" as read on the hub's clock (what a datetime-local input gives), as an
 * ISO instant; undefined for anything else. The anchor schedules in the village's time,
 * whatever the phone's own time zone says.
 */
export function hubTimeToIso(local: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const asUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return undefined;
  // Twice, so a moment next to a daylight-saving change takes the offset in force then.
  const first = asUtc - offsetAt(new Date(asUtc), timeZone);
  return new Date(asUtc - offsetAt(new Date(first), timeZone)).toISOString();
}

/** A moment on the hub's clock as "YYYY-MM-DDTHH:mm", the value a datetime-local input shows. */
export function hubTimeInput(at: Date, timeZone: string): string {
  const c = wallClock(at, timeZone);
  return `${c.year}-${c.month}-${c.day}T${c.hour}:${c.minute}`;
}
