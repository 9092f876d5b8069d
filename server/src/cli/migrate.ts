import type { Command } from "commander";
import { withMigratedDatabase } from "./database.js";

export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("bring the database schema up to date and exit")
    .action(async () => {
      await withMigratedDatabase(async () => {});
      console.log("database is up to date");
    });
}
