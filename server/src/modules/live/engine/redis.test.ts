import { describeEngine } from "./engine-contract.js";
import { RedisEngine } from "./redis.js";

const url = process.env.REDIS_URL;
if (!url) console.warn("skipping the Redis inventory engine's tests: REDIS_URL is not set (CI sets it)");

describeEngine("redis", async (database) => RedisEngine.connect(database.db, url as string), { skip: !url });
