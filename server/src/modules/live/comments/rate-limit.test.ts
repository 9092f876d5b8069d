import { randomUUID } from "node:crypto";
import net from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { type CommentLimiter, LocalCommentLimiter, RedisCommentLimiter } from "./rate-limit.js";

const url = process.env.REDIS_URL;
if (!url) console.warn("skipping the Redis comment limiter's tests: REDIS_URL is not set (CI sets it)");

const made: CommentLimiter[] = [];
afterAll(() => Promise.all(made.map((limiter) => limiter.close())));

/** Five comments in ten seconds, then a wait until the oldest of them leaves the window. */
async function expectTheLimit(first: CommentLimiter, second: CommentLimiter) {
  const buyer = `b-${randomUUID()}`;
  const t0 = Date.now();
  for (let i = 0; i < 5; i++) expect(await (i % 2 ? second : first).take(buyer, t0 + i * 100)).toBeUndefined();
  expect(await first.take(buyer, t0 + 1_000)).toBe(9);
  expect(await second.take(buyer, t0 + 9_500)).toBe(1);
  expect(await first.take(`other-${buyer}`, t0 + 1_000)).toBeUndefined();
  expect(await second.take(buyer, t0 + 10_000)).toBeUndefined();
  expect(await first.take(buyer, t0 + 10_050)).toBe(1);
}

describe("the comment flood limit", () => {
  it("in one server: five comments a buyer in any ten seconds", async () => {
    const limiter = new LocalCommentLimiter();
    await expectTheLimit(limiter, limiter);
  });

  it.skipIf(!url)("on Redis: the same limit across two servers", async () => {
    const prefix = `test:comments:${randomUUID()}:`;
    const [a, b] = [new RedisCommentLimiter(url as string, prefix), new RedisCommentLimiter(url as string, prefix)];
    made.push(a, b);
    await expectTheLimit(a, b);
  });

  it("lets comments through when Redis is away or does not answer, rather than silencing the room", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // A server that takes the connection and never answers: each comment waits for it a while, not for ever.
    const silent = net.createServer(() => {});
    await new Promise<void>((listening) => silent.listen(0, "127.0.0.1", listening));
    const port = (silent.address() as net.AddressInfo).port;
    const [away, stuck] = [
      new RedisCommentLimiter("redis://127.0.0.1:1"),
      new RedisCommentLimiter(`redis://127.0.0.1:${port}`),
    ];
    made.push(away, stuck);
    try {
      for (const limiter of [away, stuck]) for (let i = 0; i < 6; i++) expect(await limiter.take("b1")).toBeUndefined();
      expect(warn).toHaveBeenCalledTimes(2);
    } finally {
      warn.mockRestore();
      await Promise.all(made.splice(-2).map((limiter) => limiter.close()));
      silent.close();
    }
  });
});
