import { type Command, Option } from "commander";
import type { Db } from "../db/connection.js";
import { type DemoResult, type DemoScale, loadDemo } from "../demo/index.js";
import { getHubSummary, listHubs } from "../modules/accounts/hubs.js";
import { storageIn } from "../storage/local.js";
import { describeDatabase, withMigratedDatabase } from "./database.js";

export function registerDemo(program: Command): void {
  const demo = program.command("demo").description("the demo hub, modelled on public reports about Qingyanliu");
  demo
    .command("load")
    .description("load the demo hub into a database that has no hub yet")
    .addOption(
      new Option("--scale <scale>", "small loads in a second; village is 2,000 shops and 300 suppliers")
        .choices(["small", "village"])
        .default("small"),
    )
    .action(loadDemoCommand);
}

async function loadDemoCommand(options: { scale: DemoScale }): Promise<void> {
  await withMigratedDatabase(async (database, config) => {
    const started = Date.now();
    const result = await loadDemo(database.db, options.scale, {
      storage: storageIn(config.dataDir),
      onStep: (step, milliseconds) => console.log(`  ${step.padEnd(20)} ${milliseconds} ms`),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Demo hub ${result.hubName} loaded into ${describeDatabase(database, config)} in ${seconds} s.`);
    await printSummary(database.db, result);
  });
}

async function printSummary(db: Db, result: DemoResult): Promise<void> {
  const [hub] = await listHubs(db);
  const counts = hub && (await getHubSummary(db, hub.id))?.organisations;
  if (counts) {
    console.log(
      `  ${counts.supplier} suppliers, ${counts.shop} shops, ${counts.carrier_station} carrier stations, ${counts.association} association`,
    );
  }
  console.log(`Demo logins (password ${result.password}):`);
  for (const login of result.logins) console.log(`  ${login.email.padEnd(34)} ${login.role}`);
}
