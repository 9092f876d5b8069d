import { and, inArray, lt, sql } from "drizzle-orm";
import type { Database } from "../../../db/connection.js";
import { catalogImports } from "../schema.js";

/**
 * How long a check or apply may go without showing progress before it counts as dead. A
 * running job writes its progress at least every batch (well under a second); this is long
 * enough for any batch and short enough that a supplier is not left waiting.
 */
export const SILENT_FOR = 10 * 60 * 1000;

/**
 * Marks as failed ("interrupted") the imports whose job died with its process, so that the
 * supplier sees what happened and can upload again instead of watching a bar that never
 * moves. Called when the server starts. On the embedded database no other process can be
 * running a job (its data directory is locked), so every running import is dead; on
 * PostgreSQL other servers may be running theirs, so only those silent for SILENT_FOR.
 */
export async function failInterruptedImports(database: Database): Promise<number> {
  const silentSince = new Date(Date.now() - (database.kind === "pglite" ? 0 : SILENT_FOR));
  const failed = await database.db
    .update(catalogImports)
    .set({
      status: "failed",
      finishedAt: new Date(),
      report: sql`jsonb_set(${catalogImports.report} - 'progress', '{failure}', '{"code": "import_interrupted"}'::jsonb)`,
    })
    .where(and(inArray(catalogImports.status, ["checking", "applying"]), lt(catalogImports.heartbeatAt, silentSince)))
    .returning({ id: catalogImports.id });
  return failed.length;
}
