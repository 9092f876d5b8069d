import { count } from "drizzle-orm";
import type { Db } from "../db/connection.js";
import { hubs } from "../modules/accounts/schema.js";

export type DemoScale = "small" | "village";
export type DemoResult = { hubName: string; password: string; logins: { email: string; role: string }[] };

export async function hasAnyHub(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(hubs);
  return (row?.n ?? 0) > 0;
}

export { loadDemo } from "./load.js";
