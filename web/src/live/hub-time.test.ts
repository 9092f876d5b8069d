import { describe, expect, it } from "vitest";
import { hubTimeInput, hubTimeToIso } from "./hub-time";

describe("the hub's clock", () => {
  it("reads a time typed in Shanghai as eight hours ahead of UTC", () => {
    expect(hubTimeToIso("2025-06-01T20:00", "Asia/Shanghai")).toBe("2025-06-01T12:00:00.000Z");
  });

  it("takes the offset in force on the day, across daylight saving", () => {
    expect(hubTimeToIso("2025-01-15T09:30", "Europe/Berlin")).toBe("2025-01-15T08:30:00.000Z");
    expect(hubTimeToIso("2025-07-15T09:30", "Europe/Berlin")).toBe("2025-07-15T07:30:00.000Z");
  });

  it("refuses what is not a date and time", () => {
    expect(hubTimeToIso("", "Asia/Shanghai")).toBeUndefined();
    expect(hubTimeToIso("2025-06-01 20:00", "Asia/Shanghai")).toBeUndefined();
  });

  it("shows a moment as the hub's wall clock, and reads it back", () => {
    const at = new Date("2025-06-01T12:34:56Z");
    expect(hubTimeInput(at, "Asia/Shanghai")).toBe("2025-06-01T20:34");
    expect(hubTimeToIso(hubTimeInput(at, "Asia/Shanghai"), "Asia/Shanghai")).toBe("2025-06-01T12:34:00.000Z");
  });
});
