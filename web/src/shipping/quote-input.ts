import type { QuoteInput } from "./queries";

export type QuoteForm = {
  weightKg: string;
  lengthCm: string;
  widthCm: string;
  heightCm: string;
  province: string | null;
  city: string;
  express: boolean;
};

export type QuoteField = "weightKg" | "size" | "province" | "city";
export type QuoteCheck = { ok: true; input: QuoteInput } | { ok: false; errors: Partial<Record<QuoteField, true>> };

export const EMPTY_QUOTE: QuoteForm = {
  weightKg: "",
  lengthCm: "",
  widthCm: "",
  heightCm: "",
  province: null,
  city: "",
  express: false,
};

/** A decimal as an integer count of `1 / 10^places` units, by digits ("1.25" kg → 1250 g); undefined otherwise. */
function scaled(typed: string, places: number): number | undefined {
  const match = typed.trim().match(new RegExp(`^(\\d{1,7})(?:\\.(\\d{1,${places}}))?$`));
  if (!match) return undefined;
  const [, whole = "0", fraction = ""] = match;
  return Number(whole) * 10 ** places + Number(fraction.padEnd(places, "0"));
}

/** Grams from kilograms as typed ("1.2", "0.35"): up to three decimals, 1 g to one tonne. */
export function kgToGrams(typed: string): number | undefined {
  const grams = scaled(typed, 3);
  return grams !== undefined && grams >= 1 && grams <= 1_000_000 ? grams : undefined;
}

/** Millimetres from centimetres as typed ("30", "12.5"): up to one decimal, 1 mm to 5 m. */
export function cmToMm(typed: string): number | undefined {
  const mm = scaled(typed, 1);
  return mm !== undefined && mm >= 1 && mm <= 5000 ? mm : undefined;
}

/**
 * The quote the server takes from what was typed: weight in kg, the three sides in cm (all or
 * none), the province and, optionally, a prefecture code inside it ("3307" for 金华).
 */
export function quoteInput(form: QuoteForm): QuoteCheck {
  const errors: Partial<Record<QuoteField, true>> = {};
  const weightGrams = kgToGrams(form.weightKg);
  if (weightGrams === undefined) errors.weightKg = true;
  const sides = [form.lengthCm, form.widthCm, form.heightCm];
  const typedSides = sides.filter((side) => side.trim() !== "");
  const mm = sides.map(cmToMm);
  if (typedSides.length > 0 && mm.some((side) => side === undefined)) errors.size = true;
  if (!form.province) errors.province = true;
  const city = form.city.trim();
  if (city && (!/^\d{4}$/.test(city) || (form.province && !city.startsWith(form.province)))) errors.city = true;
  if (Object.keys(errors).length > 0 || weightGrams === undefined || !form.province) return { ok: false, errors };
  const [lengthMm, widthMm, heightMm] = mm;
  return {
    ok: true,
    input: {
      weightGrams,
      provinceCode: form.province,
      ...(city ? { cityCode: city } : {}),
      ...(typedSides.length > 0 ? { lengthMm, widthMm, heightMm } : {}),
      ...(form.express ? { service: "express" as const } : {}),
    },
  };
}
