// Building a formatter costs far more than using one; a manifest or CSV asks thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The hub's calendar date and wall-clock time at an instant, in its own time zone. */
export function hubClock(timeZone: string, at: Date = new Date()): { date: string; time: string } {
  const parts = Object.fromEntries(
    formatterOf(timeZone)
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * The hub's offset from UTC at an instant, "+08:00": wall-clock times in its files (carriers'
 * tracking exports name no zone) are read at it.
 */
export function hubOffset(timeZone: string, at: Date = new Date()): string {
  const name = new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  // "GMT" alone is UTC itself.
  return name && name !== "GMT" ? name.slice(3) : "+00:00";
}
