import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { TooManyRequestsError } from "../../http/errors.js";
import { loginFailures } from "./schema.js";

export type ThrottleSettings = { maxFailures: number; windowMinutes: number };

/**
 * Counts a log-in attempt for an address before its password is checked, in one atomic
 * statement, and refuses it once the window holds too many: guesses sent all at once are
 * counted one by one, not all read as "no failures yet". A window that has run out
 * starts again at one; a successful log-in clears the count.
 */
export async function countLoginAttempt(db: Db, email: string, settings: ThrottleSettings): Promise<void> {
  const window = sql`make_interval(mins => ${settings.windowMinutes})`;
  const expired = sql`${loginFailures.windowStart} < now() - ${window}`;
  const [row] = await db
    .insert(loginFailures)
    .values({ email, failures: 1, windowStart: sql`now()` })
    .onConflictDoUpdate({
      target: loginFailures.email,
      set: {
        failures: sql`case when ${expired} then 1 else ${loginFailures.failures} + 1 end`,
        windowStart: sql`case when ${expired} then now() else ${loginFailures.windowStart} end`,
      },
    })
    .returning({ failures: loginFailures.failures, windowStart: loginFailures.windowStart });
  if (!row || row.failures <= settings.maxFailures) return;
  const reopensAt = row.windowStart.getTime() + settings.windowMinutes * 60_000;
  throw new TooManyRequestsError("too_many_login_failures", Math.max(1, Math.ceil((reopensAt - Date.now()) / 1000)));
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
}
