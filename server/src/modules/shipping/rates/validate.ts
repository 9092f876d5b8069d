import type { z } from "zod";
import { isShippingMessageCode, type ShippingMessageCode } from "../messages.js";
import { type RateCard, rateCardSchema } from "./schema.js";

/** What is wrong with a rate card, where (a path into the card) and with what to fill the message. */
export type RateCardProblem = {
  path: (string | number)[];
  code: ShippingMessageCode;
  params: Record<string, string | number>;
};

export type RateCardValidation = { ok: true; card: RateCard } | { ok: false; problems: RateCardProblem[] };

/** Checks a rate card as typed in (JSON from the API, or read from a CSV) and fills its defaults. */
export function validateRateCard(input: unknown): RateCardValidation {
  const result = rateCardSchema.safeParse(input);
  if (result.success) return { ok: true, card: result.data };
  return { ok: false, problems: result.error.issues.map(problemOf) };
}

// Field limits carry their code as the message; anything else Zod finds (a string where a
// number belongs, a band of unknown kind) is one generic code naming the field.
function problemOf(issue: z.core.$ZodIssue): RateCardProblem {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  const custom = issue.code === "custom" ? (issue.params as Record<string, string | number> | undefined) : undefined;
  if (isShippingMessageCode(issue.message) && issue.message !== "rate_value_invalid")
    return { path, code: issue.message, params: custom ?? {} };
  return { path, code: "rate_value_invalid", params: { field: path.join(".") } };
}
