import { describe, expect, it } from "vitest";
import { shippingEntries } from "./navigation";

const paths = (...args: Parameters<typeof shippingEntries>) => shippingEntries(...args).map((entry) => entry.to);

describe("shipping in the menu", () => {
  it("gives shops and suppliers their waybills, stations the scan page, and everyone the quote", () => {
    expect(paths("shop", false)).toEqual(["/shipping/waybills", "/shipping/quote"]);
    expect(paths("supplier", false)).toEqual(["/shipping/waybills", "/shipping/quote"]);
    expect(paths("carrier_station", false)).toEqual(["/shipping/scan", "/shipping/quote"]);
    expect(paths("association", false)).toEqual(["/shipping/quote"]);
    expect(paths(undefined, false)).toEqual(["/shipping/quote"]);
  });

  it("adds the day's allocation and the contracts for hub operators, whatever their organisation", () => {
    expect(paths("association", true)).toEqual(["/shipping/allocation", "/shipping/contracts", "/shipping/quote"]);
    expect(paths("shop", true)).toEqual([
      "/shipping/waybills",
      "/shipping/allocation",
      "/shipping/contracts",
      "/shipping/quote",
    ]);
  });
});
