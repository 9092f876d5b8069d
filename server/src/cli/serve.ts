import type { Command } from "commander";
import { loadConfig } from "../config.js";
import { serve } from "../main.js";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("migrate the database, load the demo hub into an empty one, and serve the API and web app")
    .action(async () => serve(loadConfig()));
}
