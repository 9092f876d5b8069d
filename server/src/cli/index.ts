import { Command } from "commander";
import { ConfigError, loadConfig } from "../config.js";
import { DatabaseUnavailableError } from "../db/errors.js";
import { serve } from "../main.js";
import { openMigratedDatabase } from "../server.js";

const program = new Command("taocun").description("taocun — the operating system of an e-commerce village");

program
  .command("serve")
  .description("migrate the database, load the demo hub into an empty one, and serve the API and web app")
  .action(async () => serve(loadConfig()));

program
  .command("migrate")
  .description("bring the database schema up to date and exit")
  .action(async () => {
    const database = await openMigratedDatabase(loadConfig());
    await database.close();
    console.log("database is up to date");
  });

/** Errors a person can fix print as one line and exit 1; anything else is a bug and keeps its stack. */
export async function run(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
      console.error(`taocun: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

export { program };
