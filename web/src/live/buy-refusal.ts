import { ApiError } from "../api/api-error";

/** Why a buy was refused, in the words the deal card uses; other failures keep the server's message. */
export type Refusal =
  | { key: "soldOut" | "notStarted" | "ended" }
  | { key: "overLimit"; limit: number }
  | { key: "other"; error: unknown };

/** A refusal by its code (a buy's error, or a 扣1 comment's outcome); undefined for codes of other kinds. */
export function refusalOfCode(code: string, perBuyerLimit: number): Exclude<Refusal, { key: "other" }> | undefined {
  if (code === "sold_out") return { key: "soldOut" };
  if (code === "over_limit") return { key: "overLimit", limit: perBuyerLimit };
  if (code === "deal_not_started") return { key: "notStarted" };
  if (code === "deal_ended") return { key: "ended" };
  return undefined;
}

export function refusalOf(error: unknown, perBuyerLimit: number): Refusal {
  const known = error instanceof ApiError ? refusalOfCode(error.code, perBuyerLimit) : undefined;
  return known ?? { key: "other", error };
}
