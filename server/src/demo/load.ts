import { count, eq, sql } from "drizzle-orm";
import type { Db } from "../db/connection.js";
import { createHub } from "../modules/accounts/hubs.js";
import { hubs } from "../modules/accounts/schema.js";
import { hashPassword } from "../modules/accounts/secrets.js";
import type { FileStorage } from "../storage/storage.js";
import { type DemoContext, type DemoScale, SCALES } from "./context.js";
import { DemoError } from "./errors.js";
import type { DemoResult } from "./index.js";
import { Random } from "./random.js";
import { demoSteps } from "./steps.js";

export const DEMO_PASSWORD = "taocun-demo";
/** The seed of the demo hub everyone sees; another seed gives another village of the same shape. */
export const DEMO_SEED = 20_141_129;
const DEMO_HUB = { slug: "qingyanliu", name: "青岩刘电商村", nameEn: "Qingyanliu e-commerce village" };
// Any constant shared by every taocun process; "demo" in ASCII.
const DEMO_LOCK = 0x6465_6d6f;

export type LoadOptions = {
  /** Where generated files (product pictures) go. */
  storage: FileStorage;
  seed?: number;
  onStep?: (name: string, milliseconds: number) => void | Promise<void>;
};

/** Loads a demo hub modelled on Qingyanliu into a database without hubs, in one transaction. */
export async function loadDemo(db: Db, scale: DemoScale, options: LoadOptions): Promise<DemoResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seed = options.seed ?? DEMO_SEED;
  return db.transaction(async (tx) => {
    // Two servers starting on one empty PostgreSQL: the second waits, then finds the hub.
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_LOCK})`);
    await refuseIfAnyHub(tx);
    const hub = await createHub(tx, DEMO_HUB);
    const figures = SCALES[scale];
    const ctx: DemoContext = {
      db: tx,
      storage: options.storage,
      rng: new Random(seed),
      scale,
      figures,
      hub,
      passwordHash,
      organisations: [],
      logins: [],
    };
    for (const step of demoSteps) {
      const started = Date.now();
      ctx.rng = Random.for(seed, step.name);
      await step.run(ctx);
      await options.onStep?.(step.name, Date.now() - started);
    }
    return { hubName: hub.name, password: DEMO_PASSWORD, logins: ctx.logins };
  });
}

async function refuseIfAnyHub(db: Db): Promise<void> {
  const [demo] = await db.select({ name: hubs.name }).from(hubs).where(eq(hubs.slug, DEMO_HUB.slug));
  if (demo) throw new DemoError(`the demo hub ${demo.name} is already loaded in this database`);
  const [row] = await db.select({ n: count() }).from(hubs);
  if (row?.n) {
    throw new DemoError(
      `this database already has ${row.n} hub(s); load the demo into an empty one (another DATA_DIR or DATABASE_URL)`,
    );
  }
}
