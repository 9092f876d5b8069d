import { describe, expect, it } from "vitest";
import { type CarrierQuote, quoteOnCard, quoteParcel } from "./quote.js";
import { flat, stepped, testCard } from "./rates/test-cards.js";

// Yunda's Sichuan contract in DOMAIN.md: 2.9 yuan up to 3 kg, then 4 + 1.3/kg; Xinjiang 16 + 4/kg.
const yunda = testCard("YD", [flat(3, 290), stepped(1, 400, 130)], {
  destinations: [
    { province: "65", served: true, bands: [stepped(1, 1600, 400)], surchargeFen: 300 },
    { province: "54", served: false },
    { province: "51", city: "5133", served: true, bands: [stepped(1, 900, 700)] },
    { province: "46", city: "4603", served: false },
  ],
});

const available = (quote: CarrierQuote) => {
  if (!quote.available) throw new Error(`not available: ${quote.reason}`);
  return quote;
};

const quote = (parcel: Parameters<typeof quoteOnCard>[1], card = yunda, daily = 0) =>
  available(quoteOnCard(card, parcel, daily));

describe("a quote", () => {
  it("charges the flat price for any weight up to the band's limit", () => {
    for (const weightGrams of [1, 800, 2999, 3000])
      expect(quote({ weightGrams, provinceCode: "33" })).toMatchObject({ baseFen: 290, extraFen: 0, priceFen: 290 });
  });

  it("charges first weight plus each further kilogram above the flat band, rounded up to whole kilograms", () => {
    // 3.2 kg rounds to 4 kg: 1 kg first, 3 kg further at 1.30.
    const q = quote({ weightGrams: 3200, provinceCode: "33" });
    expect(q).toMatchObject({ chargeableGrams: 4000, baseFen: 400, extraGrams: 3000, extraFen: 390, listFen: 790 });
    expect(q.bandUpToGrams).toBeNull();
  });

  it("rounds to half kilograms on a half-kilogram card, and half a fen of 续重 up", () => {
    const card = testCard("ZTO", [flat(0.5, 150), flat(1, 190), stepped(1, 300, 125)], { weightStepGrams: 500 });
    expect(quote({ weightGrams: 420, provinceCode: "44" }, card).priceFen).toBe(150);
    expect(quote({ weightGrams: 501, provinceCode: "44" }, card).priceFen).toBe(190);
    // 1.2 kg → 1.5 kg: 0.5 kg at 1.25/kg is 62.5 fen, charged 63.
    expect(quote({ weightGrams: 1200, provinceCode: "44" }, card)).toMatchObject({
      chargeableGrams: 1500,
      extraGrams: 500,
      extraFen: 63,
      priceFen: 363,
    });
  });

  it("charges the volumetric weight when the box is light for its size", () => {
    // 400×300×200 mm = 24,000 cm³ / 6000 = 4 kg, against 1.1 kg on the scale.
    const q = quote({ weightGrams: 1100, dimensionsMm: [400, 300, 200], provinceCode: "33" });
    expect(q).toMatchObject({ actualGrams: 1100, volumetricGrams: 4000, chargeableGrams: 4000, basis: "volumetric" });
    expect(q.priceFen).toBe(400 + 3 * 130);
    const small = quote({ weightGrams: 1100, dimensionsMm: [200, 150, 100], provinceCode: "33" });
    expect(small).toMatchObject({ volumetricGrams: 500, basis: "actual", priceFen: 290 });
  });

  it("uses the card's divisor: /12000 halves the volumetric weight", () => {
    const card = testCard("DBL", [flat(3, 600), stepped(3, 600, 80)], { volumetricDivisor: 12_000 });
    expect(quote({ weightGrams: 1100, dimensionsMm: [400, 300, 200], provinceCode: "33" }, card)).toMatchObject({
      volumetricGrams: 2000,
      chargeableGrams: 2000,
      priceFen: 600,
    });
  });

  it("prices remote provinces on their own row with the remote surcharge shown apart", () => {
    const q = quote({ weightGrams: 2600, provinceCode: "650000", cityCode: "650100" });
    expect(q).toMatchObject({ baseFen: 1600, extraGrams: 2000, extraFen: 800, surchargeFen: 300, listFen: 2700 });
  });

  it("prices a prefecture with its own row apart from its province", () => {
    expect(quote({ weightGrams: 2000, provinceCode: "51", cityCode: "5133" }).priceFen).toBe(900 + 700);
    expect(quote({ weightGrams: 2000, provinceCode: "510000", cityCode: "513300" }).priceFen).toBe(900 + 700);
    expect(quote({ weightGrams: 2000, provinceCode: "51", cityCode: "5101" }).priceFen).toBe(290);
    expect(quote({ weightGrams: 2000, provinceCode: "51" }).priceFen).toBe(290);
  });

  it("says why a carrier does not take a parcel", () => {
    const reason = (parcel: Parameters<typeof quoteOnCard>[1]) => {
      const q = quoteOnCard(yunda, parcel, 0);
      return q.available ? "available" : q.reason;
    };
    expect(reason({ weightGrams: 500, provinceCode: "54" })).toBe("parcel_not_served");
    expect(reason({ weightGrams: 500, provinceCode: "46", cityCode: "4603" })).toBe("parcel_not_served");
    expect(reason({ weightGrams: 0, provinceCode: "33" })).toBe("parcel_weight_invalid");
    expect(reason({ weightGrams: 1.5, provinceCode: "33" })).toBe("parcel_weight_invalid");
    expect(reason({ weightGrams: 500, dimensionsMm: [0, 10, 10], provinceCode: "33" })).toBe("parcel_weight_invalid");
    expect(reason({ weightGrams: 500, provinceCode: "71" })).toBe("parcel_destination_invalid");
    const capped = testCard("DBL", [flat(1, 450), stepped(1, 450, 100, 30)]);
    expect(quoteOnCard(capped, { weightGrams: 30_001, provinceCode: "33" }, 0)).toMatchObject({
      available: false,
      reason: "parcel_too_heavy",
    });
  });

  it("takes the tier the day's volume reaches off the list price", () => {
    const card = testCard("ZTO", [flat(1, 150), stepped(1, 300, 100)], {
      tiers: [
        { minParcels: 100, discountFen: 5 },
        { minParcels: 500, discountFen: 12 },
      ],
    });
    const parcel = { weightGrams: 300, provinceCode: "33" };
    expect(quote(parcel, card, 99)).toMatchObject({ tier: null, discountFen: 0, priceFen: 150 });
    expect(quote(parcel, card, 100)).toMatchObject({ tier: { minParcels: 100 }, discountFen: 5, priceFen: 145 });
    expect(quote(parcel, card, 5000)).toMatchObject({ discountFen: 12, priceFen: 138 });
  });

  it("lists every carrier, cheapest first, those that cannot take the parcel last", () => {
    const zto = testCard("ZTO", [flat(3, 300), stepped(1, 400, 100)]);
    const sf = testCard("SF", [stepped(1, 1200, 200)], { destinations: [{ province: "33", served: false }] });
    const sto = testCard("STO", [flat(3, 290), stepped(1, 400, 100)]);
    const quotes = quoteParcel({ weightGrams: 500, provinceCode: "33" }, [zto, sf, yunda, sto], {
      dailyParcels: { ZTO: 0 },
    });
    expect(quotes.map((q) => [q.carrier, q.available ? q.priceFen : q.reason])).toEqual([
      ["STO", 290],
      ["YD", 290],
      ["ZTO", 300],
      ["SF", "parcel_not_served"],
    ]);
    expect(quotes.find((q) => q.carrier === "SF")?.service).toBe("express");
  });
});
