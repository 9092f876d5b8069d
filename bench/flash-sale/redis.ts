import { Redis } from "ioredis";

const LOCAL = ["127.0.0.1", "localhost", "::1", "[::1]"];

/**
 * The Redis the Redis engine runs on: REDIS_URL, or the usual one on 127.0.0.1. Answers why
 * not when it is elsewhere or does not answer, and the run goes on without that engine.
 */
export async function localRedis(): Promise<{ url: string } | { skipped: string }> {
  const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  if (!LOCAL.includes(new URL(url).hostname))
    return { skipped: `REDIS_URL names ${new URL(url).hostname}, not this machine` };
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3_000 });
  try {
    await redis.connect();
    await redis.ping();
    return { url };
  } catch (error) {
    return { skipped: `no Redis answers at ${url}: ${(error as Error).message}` };
  } finally {
    redis.disconnect();
  }
}

/** Deletes the keys of these deals only (never FLUSHALL: the Redis may hold other work). */
export async function forgetDeals(url: string, dealIds: string[]): Promise<void> {
  if (dealIds.length === 0) return;
  const redis = new Redis(url, { maxRetriesPerRequest: 2 });
  try {
    for (const dealId of dealIds) {
      const keys = await redis.keys(`{deal:${dealId}}:*`);
      if (keys.length > 0) await redis.del(...keys);
    }
  } finally {
    redis.disconnect();
  }
}
