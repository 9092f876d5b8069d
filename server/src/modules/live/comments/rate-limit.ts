import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";

// At most this many comments per buyer in any window: a flood from one phone is refused while
// everyone else keeps talking.
const BURST = 5;
const WINDOW_MS = 10_000;
const WARN_EVERY_MS = 60_000;

/** Counts a buyer's comment if allowed; answers the seconds to wait if not. */
export interface CommentLimiter {
  take(buyerId: string, now?: number): Promise<number | undefined>;
  close(): Promise<void>;
}

/** One server: each buyer's recent comment times in memory. */
export class LocalCommentLimiter implements CommentLimiter {
  private readonly recent = new Map<string, number[]>();

  async take(buyerId: string, now = Date.now()): Promise<number | undefined> {
    const times = (this.recent.get(buyerId) ?? []).filter((at) => now - at < WINDOW_MS);
    if (times.length >= BURST) {
      this.recent.set(buyerId, times);
      return Math.ceil((WINDOW_MS - (now - (times[0] as number))) / 1000);
    }
    times.push(now);
    this.recent.set(buyerId, times);
    if (this.recent.size > 100_000) this.forgetQuiet(now);
    return undefined;
  }

  async close(): Promise<void> {}

  private forgetQuiet(now: number): void {
    for (const [buyerId, times] of this.recent)
      if (times.every((at) => now - at >= WINDOW_MS)) this.recent.delete(buyerId);
  }
}

/**
 * KEYS: the buyer's recent comments (a sorted set of times). ARGV: now ms, window ms, burst, a
 * unique member. Answers 0 when the comment is counted, else the seconds to wait (≥ 1).
 */
const TAKE = `
local now, window, burst = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= burst then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.ceil((tonumber(oldest[2]) + window - now) / 1000)
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return 0
`;

/**
 * Several servers: the same limit across all of them, each buyer's recent comment times in
 * Redis (a load balancer that spreads a buyer's requests no longer multiplies their allowance).
 * With Redis away, comments are let through: a flood limit is not worth silencing the room
 * (the server says so once a minute).
 */
export class RedisCommentLimiter implements CommentLimiter {
  private warnedAt = Number.NEGATIVE_INFINITY;
  private readonly redis: Redis & { commentTake(key: string, ...args: (string | number)[]): Promise<number> };

  constructor(
    url: string,
    private readonly prefix = "live:comments:",
  ) {
    // A comment waits at most this long for Redis (it answers in a millisecond when it is there).
    const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 250 });
    redis.on("error", () => {});
    redis.defineCommand("commentTake", { numberOfKeys: 1, lua: TAKE });
    this.redis = redis as typeof this.redis;
  }

  async take(buyerId: string, now = Date.now()): Promise<number | undefined> {
    try {
      const wait = await this.redis.commentTake(this.prefix + buyerId, now, WINDOW_MS, BURST, randomUUID());
      return wait > 0 ? wait : undefined;
    } catch (error) {
      if (now - this.warnedAt >= WARN_EVERY_MS) {
        this.warnedAt = now;
        console.warn(`comment flood limit off: Redis did not answer (${(error as Error).message})`);
      }
      return undefined;
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
