import { describe, expect, it } from "vitest";
import { barPercents, MIN_BAR_PERCENT, savingPercent } from "./chart-scale";

describe("bar lengths", () => {
  it("draws the largest value across the whole track and the others in proportion", () => {
    expect(barPercents([2000, 1000, 500])).toEqual([100, 50, 25]);
  });

  it("keeps a small value visible and zero at zero", () => {
    expect(barPercents([100_000, 1, 0])).toEqual([100, MIN_BAR_PERCENT, 0]);
  });

  it("draws nothing when every value is zero or negative, and never divides by zero", () => {
    expect(barPercents([0, 0])).toEqual([0, 0]);
    expect(barPercents([-5, 0])).toEqual([0, 0]);
    expect(barPercents([])).toEqual([]);
  });

  it("rounds to a tenth of a percent", () => {
    expect(barPercents([3, 1])).toEqual([100, 33.3]);
  });
});

describe("saving in percent", () => {
  it("compares the saving with what the shops would pay alone", () => {
    expect(savingPercent(1500, 10_000)).toBe(15);
    expect(savingPercent(1, 3)).toBe(33.3);
  });

  it("is null with nothing to compare, and negative when the pool costs more", () => {
    expect(savingPercent(0, 0)).toBeNull();
    expect(savingPercent(-100, 1000)).toBe(-10);
  });
});
