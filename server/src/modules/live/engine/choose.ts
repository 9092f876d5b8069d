import type { Config } from "../../../config.js";
import type { Db } from "../../../db/connection.js";
import { InProcessEngine } from "./in-process.js";
import { RedisEngine } from "./redis.js";
import type { InventoryEngine } from "./types.js";

/** The engine the configuration names: in-process for one server (the default), Redis for several. */
export function engineFor(db: Db, config: Pick<Config, "liveEngine" | "redisUrl">): InventoryEngine {
  if (config.liveEngine === "redis") {
    if (!config.redisUrl) throw new Error("LIVE_ENGINE=redis needs REDIS_URL");
    return RedisEngine.connect(db, config.redisUrl);
  }
  return new InProcessEngine(db);
}
