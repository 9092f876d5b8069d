import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../config.js";
import { buildApp } from "../../../http/app.js";
import { launchDeal, liveShow, signedInBuyer } from "../test-room.js";
import { leftOf, listeningApp, TestViewer } from "./test-viewer.js";

// Two servers on one database and one Redis, as behind a load balancer: what happens through
// one reaches the viewers connected to the other (Redis pub/sub), and both count from Redis.

const url = process.env.REDIS_URL;
if (!url) console.warn("skipping the live fan-out tests across servers: REDIS_URL is not set (CI sets it)");

type Server = { app: FastifyInstance; origin: string };

describe.skipIf(!url)("two servers on one database and one Redis", () => {
  let a: Awaited<ReturnType<typeof listeningApp>>;
  let b: Server;
  const opened: TestViewer[] = [];

  beforeAll(async () => {
    const env = { LIVE_ENGINE: "redis", REDIS_URL: url as string };
    a = await listeningApp(env);
    b = await secondServer(a, env);
  });
  afterEach(() => {
    for (const viewer of opened.splice(0)) viewer.close();
  });
  afterAll(async () => {
    await b?.app.close();
    await a?.close();
  });

  /** A viewer on a server, once that server hears the bus (its own viewer count came back through Redis). */
  async function watch(server: Server, roomId: string, token?: string): Promise<TestViewer> {
    const viewer = await TestViewer.open(server.origin, roomId, token);
    opened.push(viewer);
    await viewer.update((u) => u.viewers > 0, "the viewer count through Redis");
    return viewer;
  }

  it("shows a comment made through one server to a viewer on the other, and counts viewers on both", async () => {
    const { roomId } = await liveShow(a);
    const onB = await watch(b, roomId);
    const onA = await watch(a, roomId);
    const buyer = await signedInBuyer(a, roomId);
    expect((await buyer.browser.post(`/api/live/rooms/${roomId}/comments`, { text: "从A来的" })).statusCode).toBe(201);
    await onB.update((u) => u.comments.some((c) => c.text === "从A来的"), "A's comment on B");
    for (const viewer of [onA, onB]) await viewer.update((u) => u.viewers === 2, "two viewers, one on each server");
  });

  it("moves the units left seen on the other server when a buyer buys on one", async () => {
    const { factory, skuId, roomId } = await liveShow(a);
    const onB = await watch(b, roomId);
    const dealId = await launchDeal(factory, roomId, skuId, { code: "1" });
    await onB.update((u) => leftOf(u, dealId) === 5, "the launched deal on B");
    const buyer = await signedInBuyer(a, roomId);
    const bought = await buyer.browser.post(
      `/api/live/deals/${dealId}/buy`,
      { quantity: 2 },
      { "idempotency-key": "tap-a-0001" },
    );
    expect(bought.statusCode, bought.body).toBe(201);
    await onB.update((u) => leftOf(u, dealId) === 3, "3 left on B after a buy of 2 on A");

    // A claim by comment on A reaches the buyer's own socket on B.
    const mine = await watch(b, roomId, buyer.token);
    const claimed = await buyer.browser.post(`/api/live/rooms/${roomId}/comments`, { text: "扣1" });
    expect(claimed.json().claim).toMatchObject({ ok: true });
    await mine.until((messages) => messages.find((m) => m.type === "claim"), "the claim on B");
    await onB.update((u) => leftOf(u, dealId) === 2, "2 left on B");
    expect(onB.messages.filter((m) => m.type === "claim")).toEqual([]);
  });
});

/** Another server on the first one's database and storage, with its own Live (engine, hub, Redis bus). */
async function secondServer(first: Awaited<ReturnType<typeof listeningApp>>, env: Record<string, string>) {
  const config = loadConfig({ LOG_LEVEL: "silent", DEMO: "none", AUTH_REQUESTS_PER_MINUTE: "10000", ...env });
  const app = await buildApp({
    db: first.database.db,
    database: first.database,
    config,
    storage: first.storage,
    serveWebApp: false,
    logger: false,
  });
  const origin = await app.listen({ port: 0, host: "127.0.0.1" });
  return { app, origin };
}
