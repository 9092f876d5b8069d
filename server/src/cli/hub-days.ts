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
 * person can act on (a day still to come, a day already settled) prints as a sentence, not a stack.
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
    for (const hub of hubs) {
      await work(database, hub).catch((error: unknown) => {
        if (error instanceof AppError) throw new UsageError(translate(error.code, "zh-CN", error.params));
        throw error;
      });
    }
  });
}
