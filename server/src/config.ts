import path from "node:path";
import { z } from "zod";

/** Every setting taocun reads, from the environment, validated once at start. */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((url) => url === undefined || /^postgres(ql)?:\/\/[^\s]+$/.test(url), {
      message: "DATABASE_URL must look like postgres://user:password@host:5432/database",
    }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(12),
  REDIS_URL: z.string().optional(),
  LIVE_ENGINE: z.enum(["in-process", "redis"]).optional(),
  PUBLIC_ORIGIN: z.string().optional(),
  COOKIE_SECURE: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  AUTH_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  // Addresses (or CIDR ranges) of proxies in front of taocun whose X-Forwarded-For is believed.
  TRUST_PROXY: z.string().default(""),
  DEMO: z.enum(["small", "village", "none"]).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  redisUrl: string | undefined;
  /** Which inventory engine counts flash deals: in-process for one server, Redis for several. */
  liveEngine: "in-process" | "redis";
  publicOrigin: string | undefined;
  cookieSecure: boolean;
  sessionDays: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  authRequestsPerMinute: number;
  trustProxy: string[];
  demo: "small" | "village" | "none";
  logLevel: string;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(blankAsUnset(env));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(`${first?.path.join(".")}: ${first?.message}`);
  }
  const e = parsed.data;
  if (e.LIVE_ENGINE === "redis" && !e.REDIS_URL) throw new ConfigError("LIVE_ENGINE: redis needs REDIS_URL");
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    redisUrl: e.REDIS_URL,
    // Several servers share a Redis; an in-process count on each of them would oversell.
    liveEngine: e.LIVE_ENGINE ?? (e.REDIS_URL ? "redis" : "in-process"),
    publicOrigin: e.PUBLIC_ORIGIN,
    cookieSecure: e.COOKIE_SECURE,
    sessionDays: e.SESSION_DAYS,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    authRequestsPerMinute: e.AUTH_REQUESTS_PER_MINUTE,
    trustProxy: e.TRUST_PROXY.split(",")
      .map((part) => part.trim())
      .filter(Boolean),
    // The demo hub (with its published password) never lands in a server database unasked.
    demo: e.DEMO ?? (e.DATABASE_URL ? "none" : "small"),
    logLevel: e.LOG_LEVEL,
  };
}

// An exported-but-empty variable means "not set", as shells and .env files intend.
function blankAsUnset(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]));
}
