import type { Command } from "commander";
import { AppError } from "../http/errors.js";
import { translate } from "../http/messages.js";
import { listHubs } from "../modules/accounts/hubs.js";
import { runCutoff } from "../modules/orders/cutoff/run.js";
import { withMigratedDatabase } from "./database.js";
import { UsageError } from "./usage-error.js";

type Options = { date?: string; hub?: string };

export function registerCutoff(program: Command): void {
  const cutoff = program.command("cutoff").description("the daily cut-off: orders into purchase orders and pick lists");
  cutoff
    .command("run")
    .description("run a business day's cut-off now (a day that already ran changes nothing)")
    .option("--date <YYYY-MM-DD>", "the business day; today in each hub's time zone when left out")
    .option("--hub <slug>", "only this hub (its slug); every hub when left out")
    .action(runCommand);
}

async function runCommand(options: Options): Promise<void> {
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date))
    throw new UsageError(`--date: ${options.date} is not a date (YYYY-MM-DD)`);
  await withMigratedDatabase(async (database) => {
    const hubs = (await listHubs(database.db)).filter((hub) => !options.hub || hub.slug === options.hub);
    if (hubs.length === 0) throw new UsageError(options.hub ? `no hub with the slug ${options.hub}` : "no hub yet");
    for (const hub of hubs) {
      const result = await runCutoff(database.db, hub.id, options.date).catch((error: unknown) => {
        // A day still to come: the person typed it, so they get the reason, not a stack.
        if (error instanceof AppError) throw new UsageError(translate(error.code, "zh-CN", error.params));
        throw error;
      });
      const { lines, purchaseOrders, parcels } = result.counts;
      const what = `${lines} 行订单 → ${purchaseOrders} 张采购单，${parcels} 个包裹`;
      console.log(
        `${hub.name} ${result.businessDate}：${result.ran ? `截单完成，${what}` : `今天已截过单（${what}），没有改动`}`,
      );
    }
  });
}
