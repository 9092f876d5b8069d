import fs from "node:fs";
import type { Command } from "commander";
import { restoreBackup } from "../db/backup.js";
import { describeDatabase, printTable, withMigratedDatabase } from "./database.js";
import { UsageError } from "./usage-error.js";

export function registerRestore(program: Command): void {
  program
    .command("restore")
    .description("load a backup into a database that has no data yet (PGlite or PostgreSQL)")
    .argument("<file>", "a file written by `taocun backup`")
    .action(async (file: string) => {
      // Checked before the database opens: opening an embedded one takes seconds.
      if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
      await withMigratedDatabase(async (database, config) => {
        console.log(`Restoring ${file} into ${describeDatabase(database, config)}`);
        await restoreBackup(database.db, file, printTable);
        console.log("Restore complete.");
      });
    });
}
