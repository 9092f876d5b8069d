import { describe, expect, it } from "vitest";
import { dayIn } from "./business-day";

describe("business day", () => {
  it("is the hub's calendar day, not the device's", () => {
    const lateEvening = new Date("2026-11-22T18:49:00Z");
    expect(dayIn("Asia/Shanghai", lateEvening)).toBe("2026-11-23");
    expect(dayIn("Europe/London", lateEvening)).toBe("2026-11-22");
    expect(dayIn("Asia/Shanghai", new Date("2026-11-22T15:59:59Z"))).toBe("2026-11-22");
  });
});
