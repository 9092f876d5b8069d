import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
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

  it("lets comments through when Redis is away rather than silencing the room", async () => {
    const away = new RedisCommentLimiter("redis://127.0.0.1:1");
    made.push(away);
    for (let i = 0; i < 7; i++) expect(await away.take("b1")).toBeUndefined();
  });
});
