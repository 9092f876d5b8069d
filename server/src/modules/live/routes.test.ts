import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "../../../test/app.js";
import { liveFactory, liveRoom, signedInBuyer } from "./test-room.js";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe("a live room", () => {
  it("sells a flash deal to a buyer who signed in with a phone", async () => {
    const { factory, skuId } = await liveFactory(t);
    const roomId = await liveRoom(factory, skuId);
    const deal = await factory.browser.post(`/api/orgs/${factory.orgId}/live/rooms/${roomId}/deals`, {
      skuId,
      dealPriceFen: 9900,
      quantity: 5,
      perBuyerLimit: 3,
      startsInSeconds: 0,
      durationMinutes: 10,
      code: "1",
    });
    expect(deal.statusCode, deal.body).toBe(201);
    const buyer = await signedInBuyer(t, roomId);
    const bought = await buyer.browser.post(
      `/api/live/deals/${deal.json().id}/buy`,
      { quantity: 2 },
      { "idempotency-key": "tap-000001" },
    );
    expect(bought.statusCode, bought.body).toBe(201);
    expect(bought.json()).toMatchObject({ quantity: 2, left: 3, repeated: false });
    const room = await buyer.browser.get(`/api/live/rooms/${roomId}`);
    expect(room.json().deals[0]).toMatchObject({ left: 3, sold: 2 });
  });
});
