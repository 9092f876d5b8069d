import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error";
import { refusalOf } from "./buy-refusal";

const refused = (code: string) => new ApiError(409, code, "…");

describe("a refused buy", () => {
  it("is named for what the buyer can do about it", () => {
    expect(refusalOf(refused("sold_out"), 3)).toEqual({ key: "soldOut" });
    expect(refusalOf(refused("over_limit"), 3)).toEqual({ key: "overLimit", limit: 3 });
    expect(refusalOf(refused("deal_not_started"), 3)).toEqual({ key: "notStarted" });
    expect(refusalOf(refused("deal_ended"), 3)).toEqual({ key: "ended" });
  });

  it("keeps anything else as it came", () => {
    const other = refused("idempotency_key_reused");
    expect(refusalOf(other, 3)).toEqual({ key: "other", error: other });
    const offline = new TypeError("Failed to fetch");
    expect(refusalOf(offline, 3)).toEqual({ key: "other", error: offline });
  });
});
