import { describe, expect, it } from "vitest";
import { dealPhase, formatCountdown, nextMoment, secondsUntil } from "./deal-phase";

const at = (iso: string) => Date.parse(iso);
const deal = { startsAt: "2025-06-01T12:00:10Z", endsAt: "2025-06-01T12:20:10Z", left: 5 };

describe("a flash deal's phase", () => {
  it("counts down to its start, then to its end", () => {
    expect(dealPhase(deal, at("2025-06-01T12:00:00Z"))).toBe("upcoming");
    expect(nextMoment(deal, at("2025-06-01T12:00:00Z"))).toBe(deal.startsAt);
    expect(dealPhase(deal, at("2025-06-01T12:00:10Z"))).toBe("open");
    expect(nextMoment(deal, at("2025-06-01T12:05:00Z"))).toBe(deal.endsAt);
    expect(dealPhase(deal, at("2025-06-01T12:20:10Z"))).toBe("ended");
    expect(nextMoment(deal, at("2025-06-01T12:30:00Z"))).toBeUndefined();
  });

  it("is sold out once no unit is left, even before it ends", () => {
    expect(dealPhase({ ...deal, left: 0 }, at("2025-06-01T12:05:00Z"))).toBe("soldOut");
  });
});

describe("countdowns", () => {
  it("round up to whole seconds and stop at zero", () => {
    expect(secondsUntil("2025-06-01T12:00:10Z", at("2025-06-01T12:00:00.400Z"))).toBe(10);
    expect(secondsUntil("2025-06-01T12:00:10Z", at("2025-06-01T12:01:00Z"))).toBe(0);
  });

  it("read as minutes and seconds, with hours when there are any", () => {
    expect(formatCountdown(9)).toBe("00:09");
    expect(formatCountdown(725)).toBe("12:05");
    expect(formatCountdown(3723)).toBe("1:02:03");
  });
});
