import { Command } from "commander";
import { ConfigError } from "../config.js";
import { BackupError } from "../db/backup.js";
import { DatabaseUnavailableError } from "../db/errors.js";
import { DemoError } from "../demo/index.js";
import { connectModules } from "../modules/connect.js";
import { registerBackup } from "./backup.js";
import { registerCatalog } from "./catalog.js";
import { registerCutoff } from "./cutoff.js";
import { registerDemo } from "./demo.js";
import { registerMigrate } from "./migrate.js";
import { registerRestore } from "./restore.js";
import { registerServe } from "./serve.js";
import { registerShipping } from "./shipping.js";
import { UsageError } from "./usage-error.js";
import { registerUser } from "./user.js";

const program = new Command("taocun").description("taocun — the operating system of an e-commerce village");
for (const register of [registerServe, registerMigrate, registerDemo, registerUser, registerBackup, registerRestore]) {
  register(program);
}
registerCatalog(program);
registerCutoff(program);
registerShipping(program);

// Errors a person can fix by changing what they typed or configured.
const FIXABLE = [ConfigError, DatabaseUnavailableError, DemoError, BackupError, UsageError];

/** Errors a person can fix print as one line and exit 1; anything else is a bug and keeps its stack. */
export async function run(argv: string[]): Promise<void> {
  connectModules();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (FIXABLE.some((kind) => error instanceof kind)) {
      console.error(`taocun: ${(error as Error).message}`);
      process.exit(1);
    }
    throw error;
  }
}

export { program };
