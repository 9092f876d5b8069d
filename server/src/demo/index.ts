import { count } from "drizzle-orm";
import type { Db } from "../db/connection.js";
import { hubs } from "../modules/accounts/schema.js";

export type { DemoContext, DemoScale, DemoStep } from "./context.js";
export type DemoResult = { hubName: string; password: string; logins: { email: string; role: string }[] };

export async function hasAnyHub(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(hubs);
  return (row?.n ?? 0) > 0;
}

export { DemoError } from "./errors.js";
export { DEMO_PASSWORD, DEMO_SEED, loadDemo } from "./load.js";
