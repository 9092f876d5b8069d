import { describe, expect, it } from "vitest";
import { cmToMm, EMPTY_QUOTE, kgToGrams, quoteInput } from "./quote-input";

describe("weights and sizes as typed", () => {
  it("reads kilograms to the gram and centimetres to the millimetre, by digits", () => {
    expect(kgToGrams("1.2")).toBe(1200);
    expect(kgToGrams("0.35")).toBe(350);
    expect(kgToGrams("0.001")).toBe(1);
    expect(kgToGrams(" 3 ")).toBe(3000);
    expect(cmToMm("30")).toBe(300);
    expect(cmToMm("12.5")).toBe(125);
  });

  it("refuses what is not a plain positive decimal, or out of range", () => {
    for (const typed of ["", "0", "1,2", "-1", "1.2345", "abc", "1001"])
      expect(kgToGrams(typed), typed).toBeUndefined();
    for (const typed of ["", "0", "12.55", "501"]) expect(cmToMm(typed), typed).toBeUndefined();
  });
});

describe("the quote asked for", () => {
  it("sends grams and the province, and leaves out what was not typed", () => {
    expect(quoteInput({ ...EMPTY_QUOTE, weightKg: "1.2", province: "33" })).toEqual({
      ok: true,
      input: { weightGrams: 1200, provinceCode: "33" },
    });
  });

  it("sends the three sides in mm, the city and express when given", () => {
    const form = { ...EMPTY_QUOTE, weightKg: "2", lengthCm: "40", widthCm: "30", heightCm: "20.5" };
    expect(quoteInput({ ...form, province: "51", city: "5133", express: true })).toEqual({
      ok: true,
      input: {
        weightGrams: 2000,
        provinceCode: "51",
        cityCode: "5133",
        lengthMm: 400,
        widthMm: 300,
        heightMm: 205,
        service: "express",
      },
    });
  });

  it("names every field that is wrong: weight, a size with a side missing, the province, a city elsewhere", () => {
    expect(quoteInput({ ...EMPTY_QUOTE, lengthCm: "40", city: "33" })).toEqual({
      ok: false,
      errors: { weightKg: true, size: true, province: true, city: true },
    });
    expect(quoteInput({ ...EMPTY_QUOTE, weightKg: "1", province: "33", city: "5133" })).toEqual({
      ok: false,
      errors: { city: true },
    });
  });
});
