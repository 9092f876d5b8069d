import { describe, expect, it } from "vitest";
import { scanFeedback, scannedNumber } from "./scan-feedback";

describe("scan feedback", () => {
  it("is green for a parcel collected, yellow for one scanned before and red for the rest", () => {
    expect(scanFeedback("collected").color).toBe("green");
    expect(scanFeedback("duplicate").color).toBe("yellow");
    expect(scanFeedback("wrong_carrier").color).toBe("red");
    expect(scanFeedback("unknown").color).toBe("red");
  });

  it("sounds an error lower and more often than a success, so the ear tells them apart", () => {
    const ok = scanFeedback("collected").tone;
    const error = scanFeedback("unknown").tone;
    expect(error.frequency).toBeLessThan(ok.frequency);
    expect(error.repeats).toBeGreaterThan(ok.repeats);
    expect(scanFeedback("duplicate").tone.frequency).not.toBe(ok.frequency);
  });
});

describe("scanned number", () => {
  it("drops spaces and reads letters in capitals, as the server does", () => {
    expect(scannedNumber(" yt 1234 5678\n")).toBe("YT12345678");
    expect(scannedNumber("   ")).toBe("");
  });
});
