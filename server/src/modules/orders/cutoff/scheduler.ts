import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { hubClock } from "./hub-clock.js";
import { type CutoffResult, runCutoff } from "./run.js";

/**
 * Runs every hub's cut-off that is due at `now`: the hub's clock has passed its cut-off time
 * and today has no run yet. Safe to call from every server at once: runCutoff takes the
 * day's row under lock, so a day runs once.
 */
export async function runDueCutoffs(db: Db, now: Date = new Date()): Promise<CutoffResult[]> {
  const hubs = await queryRows<{ id: string; time_zone: string; cutoff_time: string | null }>(
    db,
    sql`select h.id, h.time_zone, s.cutoff_time::text as cutoff_time
        from hubs h left join order_settings s on s.hub_id = h.id`,
  );
  const results: CutoffResult[] = [];
  for (const hub of hubs) {
    const clock = hubClock(hub.time_zone, now);
    if (clock.time < (hub.cutoff_time ?? "16:00").slice(0, 5)) continue;
    const [ran] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from cutoff_runs where hub_id = ${hub.id} and business_date = ${clock.date}`,
    );
    if ((ran?.n ?? 0) > 0) continue;
    results.push(await runCutoff(db, hub.id, clock.date));
  }
  return results;
}

/**
 * Checks every minute for due cut-offs while the server runs; returns the function that stops
 * it. A failure is logged and tried again at the next tick.
 */
export function scheduleCutoffs(db: Db, log: { error(error: unknown, message: string): void }): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    await runDueCutoffs(db)
      .catch((error: unknown) => log.error(error, "cut-off failed"))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(() => void tick(), 60_000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
