import { describe, expect, it } from "vitest";
import { carrierByCode, findCarrier } from "./carriers.js";
import { demoRateCards } from "./demo-rates.js";
import { quoteParcel } from "./quote.js";

describe("demo rate cards", () => {
  const cards = demoRateCards();
  const prices = (provinceCode: string) =>
    quoteParcel({ weightGrams: 300, provinceCode }, cards).flatMap((q) =>
      q.available ? [{ carrier: q.carrier, service: q.service, priceFen: q.priceFen }] : [],
    );

  it("price a light parcel inside 江浙沪 at Yiwu's 1.40–1.60 yuan on the franchise networks", () => {
    const standard = prices("33").filter(
      (q) => q.service === "standard" && q.carrier !== "DBL" && q.carrier !== "YZPY",
    );
    expect(standard.length).toBeGreaterThanOrEqual(6);
    for (const q of standard) expect(q.priceFen).toBeGreaterThanOrEqual(140);
    for (const q of standard) expect(q.priceFen).toBeLessThanOrEqual(160);
  });

  it("price remote provinces several times higher, and leave Tibet to fewer carriers", () => {
    const cheapest = (province: string) => Math.min(...prices(province).map((q) => q.priceFen));
    expect(cheapest("65")).toBeGreaterThanOrEqual(5 * cheapest("33"));
    expect(prices("54").length).toBeLessThan(prices("33").length);
  });

  it("name carriers the way sheets write them", () => {
    expect(findCarrier("中通")?.code).toBe("ZTO");
    expect(findCarrier("韵达快递")?.code).toBe("YD");
    expect(findCarrier("sf")?.code).toBe("SF");
    expect(findCarrier("J&T Express")?.code).toBe("JTSD");
    expect(findCarrier("顺丰")?.code).toBe("SF");
    expect(findCarrier("无名快递")).toBeUndefined();
    for (const card of cards) expect(carrierByCode(card.carrier)?.tracking).toMatch(/^[a-z]+$/);
  });
});
