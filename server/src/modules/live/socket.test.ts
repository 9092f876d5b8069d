import { describe, expect, it } from "vitest";
import { Browser } from "../../../test/app.js";
import { TICK_MS } from "./realtime/room-hub.js";
import { leftOf, socketTests } from "./realtime/test-viewer.js";
import { launchDeal, signedInBuyer } from "./test-room.js";

// The room WebSocket on the real application listening on a port, with real clients: what
// viewers are told, how often, and who hears a buyer's own results.

const COMMENTS_PER_UPDATE = 30;

const s = socketTests();
const { watch, liveShow } = s;

describe("the room WebSocket", () => {
  it("tells a viewer of comments, buys with the units left, the pinned product and the room's status", async () => {
    const { factory, skuId, roomId } = await liveShow();
    const viewer = await watch(roomId);
    const dealId = await launchDeal(factory, roomId, skuId);
    await viewer.update((u) => leftOf(u, dealId) === 5, "the launched deal with 5 left");

    const buyer = await signedInBuyer(s.t, roomId);
    expect((await buyer.browser.post(`/api/live/rooms/${roomId}/comments`, { text: "有黑色吗" })).statusCode).toBe(201);
    const commented = await viewer.update((u) => u.comments.some((c) => c.text === "有黑色吗"), "the comment");
    expect(commented.comments.find((c) => c.text === "有黑色吗")?.buyer).toBe(
      `${buyer.phone.slice(0, 3)}****${buyer.phone.slice(-4)}`,
    );

    const bought = await buyer.browser.post(
      `/api/live/deals/${dealId}/buy`,
      { quantity: 2 },
      { "idempotency-key": "tap-00001" },
    );
    expect(bought.statusCode, bought.body).toBe(201);
    await viewer.update((u) => leftOf(u, dealId) === 3, "the deal with 3 left after a buy of 2");

    const pins = `/api/orgs/${factory.orgId}/live/rooms/${roomId}/pin`;
    expect((await factory.browser.post(pins, { skuId })).statusCode).toBe(200);
    await viewer.update((u) => u.pinned === skuId, "the pinned product");
    expect((await factory.browser.post(pins, { skuId: null })).statusCode).toBe(200);
    await viewer.update((u) => u.pinned === null, "the product unpinned");

    expect((await factory.browser.post(`/api/orgs/${factory.orgId}/live/rooms/${roomId}/end`)).statusCode).toBe(200);
    await viewer.update((u) => u.status === "ended", "the room's end");
    for (const update of viewer.updates) {
      expect(update.roomId).toBe(roomId);
      expect(update.since).toBeLessThanOrEqual(update.at);
    }
  });

  it("coalesces a burst of 50 comments into a few updates that carry them all", async () => {
    const { roomId } = await liveShow();
    // Five comments per buyer in ten seconds is the flood limit: ten buyers make the burst.
    const buyers = await Promise.all(Array.from({ length: 11 }, () => signedInBuyer(s.t, roomId)));
    const viewer = await watch(roomId);
    const texts = Array.from({ length: 50 }, (_, i) => `第${i}条`);
    const started = Date.now();
    const posted = await Promise.all(
      texts.map((text, i) => buyers[i % 10]?.browser.post(`/api/live/rooms/${roomId}/comments`, { text })),
    );
    expect(posted.map((response) => response?.statusCode)).toEqual(texts.map(() => 201));
    // Published after every comment of the burst: once it is shown, they all have been.
    await buyers[10]?.browser.post(`/api/live/rooms/${roomId}/comments`, { text: "最后一条" });
    await viewer.update((u) => u.comments.some((c) => c.text === "最后一条"), "the comment after the burst");
    const elapsed = Date.now() - started;

    const carrying = viewer.updates.filter((u) => u.comments.some((c) => texts.includes(c.text)));
    expect(carrying.length).toBeGreaterThanOrEqual(1);
    expect(carrying.length).toBeLessThan(texts.length / 2);
    expect(carrying.length).toBeLessThanOrEqual(Math.ceil(elapsed / TICK_MS) + 1);
    const shown = viewer.commentTexts().filter((text) => texts.includes(text));
    expect(new Set(shown).size).toBe(shown.length);
    // A tick with more than the cap shows its newest 30 (the last comment may be one of them).
    const capped = carrying.some((u) => u.comments.length === COMMENTS_PER_UPDATE);
    expect(shown.length).toBeGreaterThanOrEqual(capped ? COMMENTS_PER_UPDATE - 1 : texts.length);
    for (const update of viewer.updates) expect(update.comments.length).toBeLessThanOrEqual(COMMENTS_PER_UPDATE);
  });

  it("sends a buyer's claim by comment to that buyer's socket only", async () => {
    const { factory, skuId, roomId } = await liveShow();
    const [claimer, other] = [await signedInBuyer(s.t, roomId), await signedInBuyer(s.t, roomId)];
    const mine = await watch(roomId, claimer.token);
    const theirs = await watch(roomId, other.token);
    const anonymous = await watch(roomId);
    const dealId = await launchDeal(factory, roomId, skuId, { code: "1" });
    for (const viewer of [mine, theirs, anonymous])
      await viewer.update((u) => leftOf(u, dealId) !== undefined, "a count");

    const commented = await claimer.browser.post(`/api/live/rooms/${roomId}/comments`, { text: "扣1" });
    expect(commented.json().claim).toMatchObject({ dealId, ok: true });
    const claim = await mine.until((messages) => messages.find((m) => m.type === "claim"), "the buyer's claim");
    expect(claim).toMatchObject({ dealId, outcome: { ok: true, claimId: commented.json().claim.claimId, left: 4 } });

    // The claim is published before the stock change: had it gone to every viewer, they
    // would have it by the time the update with 4 left reaches them.
    for (const viewer of [theirs, anonymous]) {
      await viewer.update((u) => leftOf(u, dealId) === 4, "the update with 4 left");
      expect(viewer.messages.filter((m) => m.type === "claim")).toEqual([]);
    }
  });

  it("counts viewers as sockets connect and leave", async () => {
    const { roomId } = await liveShow();
    const first = await watch(roomId);
    await first.update((u) => u.viewers === 1, "one viewer");
    const more = await Promise.all([watch(roomId), watch(roomId), watch(roomId)]);
    await first.update((u) => u.viewers === 4, "four viewers");
    expect((await s.t.app.inject({ url: `/api/live/rooms/${roomId}` })).json().viewers).toBe(4);
    for (const viewer of more.slice(0, 2)) viewer.close();
    await first.until(() => first.updates.at(-1)?.viewers === 2, "two viewers after two left");
  });

  it("tells the anchor's console everything but does not count it as a viewer", async () => {
    const { factory, roomId } = await liveShow();
    const outsider = new Browser(s.t.app);
    await outsider.signUp("outsider@example.com");
    const viewer = await watch(roomId);
    const anchor = await watch(roomId, undefined, factory.browser.cookie);
    const stranger = await watch(roomId, undefined, outsider.cookie);
    await viewer.update((u) => u.viewers === 2, "the viewer and the stranger, not the console");
    const buyer = await signedInBuyer(s.t, roomId);
    await buyer.browser.post(`/api/live/rooms/${roomId}/comments`, { text: "主播好" });
    await anchor.update((u) => u.comments.some((c) => c.text === "主播好"), "the comment on the console");
    expect(anchor.updates.at(-1)?.viewers).toBe(2);
    stranger.close();
    await viewer.until(() => viewer.updates.at(-1)?.viewers === 1, "one viewer after the stranger left");
    anchor.close();
    await buyer.browser.post(`/api/live/rooms/${roomId}/comments`, { text: "主播走了吗" });
    const after = await viewer.update((u) => u.comments.some((c) => c.text === "主播走了吗"), "the next comment");
    expect(after.viewers).toBe(1);
  });
});
