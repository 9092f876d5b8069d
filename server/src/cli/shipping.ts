import type { Command } from "commander";
import { AppError } from "../http/errors.js";
import { translate } from "../http/messages.js";
import { listHubs } from "../modules/accounts/hubs.js";
import { hubClock } from "../modules/orders/cutoff/hub-clock.js";
import { allocationOf } from "../modules/shipping/day/read.js";
import { runAllocation } from "../modules/shipping/day/run.js";
import { fenToYuan } from "../modules/shipping/money.js";
import { withMigratedDatabase } from "./database.js";
import { UsageError } from "./usage-error.js";

type Options = { date?: string; hub?: string };

export function registerShipping(program: Command): void {
  const shipping = program.command("shipping").description("the express pool: the day's parcels across carriers");
  shipping
    .command("allocate")
    .description("allocate a business day's parcels to carriers at the least total cost")
    .option("--date <YYYY-MM-DD>", "the business day; today in each hub's time zone when left out")
    .option("--hub <slug>", "only this hub (its slug); every hub when left out")
    .action(allocateCommand);
}

async function allocateCommand(options: Options): Promise<void> {
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date))
    throw new UsageError(`--date: ${options.date} is not a date (YYYY-MM-DD)`);
  await withMigratedDatabase(async (database) => {
    const hubs = (await listHubs(database.db)).filter((hub) => !options.hub || hub.slug === options.hub);
    if (hubs.length === 0) throw new UsageError(options.hub ? `no hub with the slug ${options.hub}` : "no hub yet");
    for (const hub of hubs) {
      const date = options.date ?? hubClock(hub.timeZone).date;
      await runAllocation(database.db, hub.id, date).catch((error: unknown) => {
        if (error instanceof AppError) throw new UsageError(translate(error.code, "zh-CN", error.params));
        throw error;
      });
      const { summary } = await allocationOf(database.db, hub.id, date, "zh-CN");
      if (!summary) continue;
      console.log(
        `${hub.name} ${date}：${summary.allocated} 个包裹分给 ${summary.carriers.filter((c) => c.parcels > 0).length} 家快递，` +
          `合计 ${fenToYuan(summary.totalFen)} 元，比各店单独发省 ${fenToYuan(summary.savingFen)} 元；` +
          `${summary.unallocated.length} 个未分配`,
      );
    }
  });
}
