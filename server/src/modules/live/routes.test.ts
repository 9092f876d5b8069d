import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, type TestApp, testApp } from "../../../test/app.js";
import { queryRows } from "../../db/connection.js";
import { runCutoff } from "../orders/cutoff/run.js";
import { SimulatedPayments } from "./payment/provider.js";
import { testEngines } from "./test-engines.js";
import { launchDeal, liveFactory, liveRoom, signedInBuyer } from "./test-room.js";

describe.each(testEngines())("live rooms on the $name engine", ({ env }) => {
  let t: TestApp;
  let factory: Awaited<ReturnType<typeof liveFactory>>["factory"];
  let skuId: string;
  let hubId: string;
  let roomId: string;

  beforeAll(async () => {
    t = await testApp(env);
    ({ factory, skuId, hubId } = await liveFactory(t));
    roomId = await liveRoom(factory, skuId);
  });
  afterAll(() => t.close());

  const tap = (n: number) => ({ "idempotency-key": `tap-${String(n).padStart(6, "0")}` });

  const launch = (terms: Record<string, unknown> = {}) => launchDeal(factory, roomId, skuId, terms);

  const buy = (
    buyer: Awaited<ReturnType<typeof signedInBuyer>>,
    dealId: string,
    quantity: number,
    key = tap(quantity),
  ) => buyer.browser.post(`/api/live/deals/${dealId}/buy`, { quantity }, key);

  describe("buying a flash deal", () => {
    it("answers a retry with the first claim, and refuses the same key with another quantity (409)", async () => {
      const dealId = await launch();
      const buyer = await signedInBuyer(t, roomId);
      const first = await buy(buyer, dealId, 2, tap(1));
      const again = await buy(buyer, dealId, 2, tap(1));
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ claimId: first.json().claimId, repeated: true });
      const other = await buy(buyer, dealId, 1, tap(1));
      expect(other.statusCode).toBe(409);
      expect(other.json().error.code).toBe("idempotency_key_reused");
      const room = (await buyer.browser.get(`/api/live/rooms/${roomId}`)).json();
      expect(room.deals.find((deal: { id: string }) => deal.id === dealId)).toMatchObject({ sold: 2, left: 3 });
    });

    it("refuses more than the per-buyer limit, naming the limit, and sells the rest to others until sold out", async () => {
      const dealId = await launch({ quantity: 5, perBuyerLimit: 3 });
      const [one, two] = [await signedInBuyer(t, roomId), await signedInBuyer(t, roomId)];
      expect((await buy(one, dealId, 2)).statusCode).toBe(201);
      const tooMany = await buy(two, dealId, 4);
      expect(tooMany.statusCode).toBe(409);
      expect(tooMany.json().error).toMatchObject({ code: "over_limit", message: "每人限购 3 件" });
      expect((await buy(two, dealId, 3)).json()).toMatchObject({ left: 0 });
      const late = await buy(await signedInBuyer(t, roomId), dealId, 1);
      expect(late.json().error.code).toBe("sold_out");
    });

    it("refuses a buy before the start, after the end, of 0 units, of no deal, and without a sign-in", async () => {
      const buyer = await signedInBuyer(t, roomId);
      const later = await launch({ startsInSeconds: 300 });
      expect((await buy(buyer, later, 1)).json().error.code).toBe("deal_not_started");
      const ended = await launch();
      await t.database.db.execute(
        sql`update flash_deals set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' where id = ${ended}`,
      );
      expect((await buy(buyer, ended, 1)).json().error.code).toBe("deal_ended");
      const zero = await buy(buyer, later, 0);
      expect(zero.statusCode).toBe(400);
      const nothing = await buy(buyer, "00000000-0000-4000-8000-000000000000", 1);
      expect(nothing.statusCode).toBe(404);
      const anonymous = await t.app.inject({
        method: "POST",
        url: `/api/live/deals/${later}/buy`,
        headers: { origin: "http://localhost:80", host: "localhost:80", ...tap(9) },
        payload: { quantity: 1 },
      });
      expect(anonymous.statusCode).toBe(401);
      const missingKey = await buyer.browser.post(`/api/live/deals/${later}/buy`, { quantity: 1 });
      expect(missingKey.statusCode).toBe(400);
      const [claims] = await queryRows<{ count: number }>(
        t.database.db,
        sql`select count(*)::int as count from flash_claims where deal_id in (${later}, ${ended})`,
      );
      expect(claims?.count).toBe(0);
    });
  });

  describe("buyers' sign-in", () => {
    it("refuses a wrong code and spends a code after too many tries", async () => {
      const phone = "13700000001";
      const buyer = new Browser(t.app);
      const { devCode } = (await buyer.post(`/api/live/rooms/${roomId}/sign-in/code`, { phone })).json();
      const wrong = devCode === "000000" ? "111111" : "000000";
      const refused = await buyer.post(`/api/live/rooms/${roomId}/sign-in`, { phone, code: wrong });
      expect(refused.json().error.code).toBe("live_code_wrong");
      for (let i = 0; i < 5; i++) await buyer.post(`/api/live/rooms/${roomId}/sign-in`, { phone, code: wrong });
      const late = await buyer.post(`/api/live/rooms/${roomId}/sign-in`, { phone, code: devCode });
      expect(late.statusCode).toBe(400);
      const badPhone = await buyer.post(`/api/live/rooms/${roomId}/sign-in/code`, { phone: "12345" });
      expect(badPhone.statusCode).toBe(400);
    });
  });

  describe("paying", () => {
    it("makes a paid claim the factory's live order, which the cut-off puts on a purchase order", async () => {
      const dealId = await launch({ quantity: 3, perBuyerLimit: 3 });
      const buyer = await signedInBuyer(t, roomId);
      const claimId = (await buy(buyer, dealId, 2)).json().claimId;
      const noAddress = await buyer.browser.post(`/api/live/claims/${claimId}/pay`, {
        addressId: "00000000-0000-4000-8000-000000000000",
      });
      expect(noAddress.statusCode).toBe(404);
      const address = await buyer.browser.post("/api/live/me/addresses", {
        name: "李娜",
        phone: "13812345678",
        address: "浙江省金华市义乌市江东街道青岩刘村 8 幢 2 单元",
      });
      expect(address.statusCode, address.body).toBe(201);
      const paid = await buyer.browser.post(`/api/live/claims/${claimId}/pay`, { addressId: address.json().id });
      expect(paid.json()).toMatchObject({ status: "paid", totalFen: 19_800 });
      const [order] = await queryRows<{ platform: string; total_fen: number; status: string; quantity: number }>(
        t.database.db,
        sql`select o.platform, o.total_fen, l.status, l.quantity from orders o
            join order_lines l on l.hub_id = o.hub_id and l.order_id = o.id where o.id = ${paid.json().orderId}`,
      );
      expect(order).toEqual({ platform: "live", total_fen: 19_800, status: "reserved", quantity: 2 });
      await runCutoff(t.database.db, hubId);
      const [po] = await queryRows<{ count: number }>(
        t.database.db,
        sql`select count(*)::int as count from purchase_order_lines pl join order_lines l on l.hub_id = pl.hub_id and l.id = pl.order_line_id
            where l.order_id = ${paid.json().orderId}`,
      );
      expect(po?.count).toBe(1);
      const twice = await buyer.browser.post(`/api/live/claims/${claimId}/pay`, { addressId: address.json().id });
      expect(twice.json().error.code).toBe("live_claim_paid");
    });

    it("expires an unpaid claim: its units go back, and a payment callback for it is refused with nothing changed", async () => {
      const dealId = await launch({ quantity: 2, perBuyerLimit: 2 });
      const buyer = await signedInBuyer(t, roomId);
      const claimId = (await buy(buyer, dealId, 2)).json().claimId;
      const address = (
        await buyer.browser.post("/api/live/me/addresses", {
          name: "王强",
          phone: "13812345679",
          address: "河北省保定市高碑店市白沟镇 1 号",
        })
      ).json();
      await t.database.db.execute(
        sql`update flash_claims set address_id = ${address.id}, pay_by = now() - interval '1 second' where id = ${claimId}`,
      );
      const paying = await buyer.browser.post(`/api/live/claims/${claimId}/pay`, { addressId: address.id });
      expect(paying.json().error.code).toBe("live_claim_expired");
      // The app's own expiry job (every 15 s) gives the units back through its engine.
      const room = async () =>
        (await buyer.browser.get(`/api/live/rooms/${roomId}`))
          .json()
          .deals.find((d: { id: string }) => d.id === dealId);
      expect((await room()).left).toBe(0);
      expect(await t.app.live.expire()).toBeGreaterThanOrEqual(1);
      expect((await room()).left).toBe(2);
      const body = JSON.stringify({ claimId, ref: "SIM-late", status: "paid" });
      const callback = (signature: string) =>
        t.app.inject({
          method: "POST",
          url: "/api/live/payments/callback",
          headers: { "content-type": "application/json", "x-taocun-signature": signature },
          payload: body,
        });
      expect((await callback("0".repeat(64))).statusCode).toBe(401);
      const late = await callback(new SimulatedPayments("taocun-simulated-payments").sign(body));
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe("live_claim_expired");
      const [claim] = await queryRows<{ status: string; order_id: string | null }>(
        t.database.db,
        sql`select status, order_id from flash_claims where id = ${claimId}`,
      );
      expect(claim).toEqual({ status: "expired", order_id: null });
    });
  });

  describe("the show", () => {
    it("pins only lineup products, draws reproducibly among commenters, and reports GMV once ended", async () => {
      const { factory: other, skuId: otherSku } = await liveFactory(t);
      const show = await liveRoom(other, otherSku);
      const path = `/api/orgs/${other.orgId}/live/rooms/${show}`;
      expect((await other.browser.post(`${path}/pin`, { skuId: skuId })).statusCode).toBe(400);
      expect((await other.browser.post(`${path}/pin`, { skuId: otherSku })).json().pinnedSkuId).toBe(otherSku);
      expect((await other.browser.post(`${path}/draws`, { prize: "福袋" })).json().error.code).toBe(
        "live_draw_no_entrants",
      );
      const deal = (
        await other.browser.post(`${path}/deals`, {
          skuId: otherSku,
          dealPriceFen: 5000,
          quantity: 10,
          perBuyerLimit: 2,
          startsInSeconds: 0,
          code: "1",
        })
      ).json();
      const buyers = [await signedInBuyer(t, show), await signedInBuyer(t, show), await signedInBuyer(t, show)];
      const comments = await Promise.all(
        buyers.map((buyer) => buyer.browser.post(`/api/live/rooms/${show}/comments`, { text: "扣1" })),
      );
      expect(comments.map((c) => c.json().claim)).toEqual(buyers.map(() => expect.objectContaining({ ok: true })));
      const flagged = await buyers[0]?.browser.post(`/api/live/rooms/${show}/comments`, { text: "加微信私聊便宜" });
      expect(flagged?.json().comment.text).toBe("＊＊＊＊＊便宜");
      const draw = (await other.browser.post(`${path}/draws`, { prize: "福袋", winners: 2 })).json();
      expect(draw).toMatchObject({ entrants: 3, verified: true });
      expect(draw.winners).toHaveLength(2);
      const early = await signedInBuyer(t, show);
      expect((await buy(early, deal.id, 1, tap(1))).statusCode).toBe(201);
      expect((await other.browser.post(`${path}/end`)).json().status).toBe("ended");
      const after = await buy(early, deal.id, 1, tap(2));
      expect(after.json().error.code).toBe("deal_ended");
      expect((await other.browser.post(`${path}/deals`, { ...deal, dealPriceFen: 1 })).statusCode).toBe(409);
      const report = (await other.browser.get(`${path}/report`)).json();
      expect(report.figures).toMatchObject({ orders: 4, units: 4, gmvFen: 20_000, comments: 4, buyers: 4 });
      expect(report.products[0]).toMatchObject({
        units: 4,
        gmvFen: 20_000,
        clearanceQuantity: 30,
        backlogCleared: 4 / 30,
      });
      expect(report.timeline.map((event: { kind: string }) => event.kind)).toEqual([
        "started",
        "pinned",
        "deal_launched",
        "draw",
        "ended",
      ]);
      const outsider = await factory.browser.get(`/api/orgs/${factory.orgId}/live/rooms/${show}/report`);
      expect(outsider.statusCode).toBe(404);
    });
  });
});
