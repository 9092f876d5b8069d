import type { Database } from "../db/connection.js";
import { AppError } from "../http/errors.js";
import { translate } from "../http/messages.js";
import { type Hub, listHubs } from "../modules/accounts/hubs.js";
import { withMigratedDatabase } from "./database.js";
import { UsageError } from "./usage-error.js";

/** `--date` and `--hub` of the commands that do a business day's work in each hub. */
export type HubDayOptions = { date?: string; hub?: string };

/**
 * Runs `work` for each hub (or the one `--hub` names) on the migrated database. A refusal the
 * person can act on (a day still to come, a day already settled) is said as a sentence, not a
 * stack, after every other hub has run; the command then exits 1.
 */
export async function forEachHub(
  options: HubDayOptions,
  work: (database: Database, hub: Hub) => Promise<void>,
): Promise<void> {
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date))
    throw new UsageError(`--date: ${options.date} is not a date (YYYY-MM-DD)`);
  await withMigratedDatabase(async (database) => {
    const hubs = (await listHubs(database.db)).filter((hub) => !options.hub || hub.slug === options.hub);
    if (hubs.length === 0) throw new UsageError(options.hub ? `no hub with the slug ${options.hub}` : "no hub yet");
    // One hub's refusal (no contracts, a settled day) is said and the others still run.
    const refused: string[] = [];
    for (const hub of hubs) {
      await work(database, hub).catch((error: unknown) => {
        if (!(error instanceof AppError)) throw error;
        refused.push(`${hub.name}：${translate(error.code, "zh-CN", error.params)}`);
      });
    }
    if (refused.length > 0) throw new UsageError(refused.join("; "));
  });
}
