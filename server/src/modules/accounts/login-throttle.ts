import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { TooManyRequestsError } from "../../http/errors.js";
import { loginFailures } from "./schema.js";

export type ThrottleSettings = { maxFailures: number; windowMinutes: number };

/** Refuses a log-in for an address that failed too often within the window. */
export async function assertLoginAllowed(db: Db, email: string, settings: ThrottleSettings): Promise<void> {
  const [row] = await db.select().from(loginFailures).where(eq(loginFailures.email, email));
  if (!row || row.failures < settings.maxFailures) return;
  const reopensAt = row.windowStart.getTime() + settings.windowMinutes * 60_000;
  const waitSeconds = Math.ceil((reopensAt - Date.now()) / 1000);
  if (waitSeconds > 0) throw new TooManyRequestsError("too_many_login_failures", waitSeconds);
}

/** Counts one failure; a window that has run out starts again at one. */
export async function recordLoginFailure(db: Db, email: string, settings: ThrottleSettings): Promise<void> {
  const windowInterval = sql.raw(`interval '${Math.trunc(settings.windowMinutes)} minutes'`);
  await db
    .insert(loginFailures)
    .values({ email, failures: 1, windowStart: sql`now()` })
    .onConflictDoUpdate({
      target: loginFailures.email,
      set: {
        failures: sql`case when ${loginFailures.windowStart} < now() - ${windowInterval} then 1 else ${loginFailures.failures} + 1 end`,
        windowStart: sql`case when ${loginFailures.windowStart} < now() - ${windowInterval} then now() else ${loginFailures.windowStart} end`,
      },
    });
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
}
