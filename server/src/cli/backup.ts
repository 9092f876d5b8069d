import fs from "node:fs";
import type { Command } from "commander";
import { writeBackup } from "../db/backup.js";
import { describeDatabase, printTable, withMigratedDatabase } from "./database.js";
import { UsageError } from "./usage-error.js";

export function registerBackup(program: Command): void {
  program
    .command("backup")
    .description("write every table to FILE (gzip of JSON lines), from PGlite or PostgreSQL alike")
    .argument("<file>", "where to write the backup, e.g. qingyanliu-2025-06-01.taocun.gz")
    .option("--force", "overwrite FILE if it exists")
    .action(async (file: string, options: { force?: boolean }) => {
      if (fs.existsSync(file) && !options.force)
        throw new UsageError(`${file} already exists; pass --force to replace it`);
      await withMigratedDatabase(async (database, config) => {
        console.log(`Backing up ${describeDatabase(database, config)} to ${file}`);
        await writeBackup(database.db, file, printTable);
        console.log(`Backup written: ${file} (${(fs.statSync(file).size / 1024).toFixed(0)} KiB)`);
      });
    });
}
