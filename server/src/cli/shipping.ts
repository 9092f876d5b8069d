import type { Command } from "commander";
import { hubClock } from "../modules/orders/cutoff/hub-clock.js";
import { allocationOf } from "../modules/shipping/day/read.js";
import { runAllocation } from "../modules/shipping/day/run.js";
import { fenToYuan } from "../modules/shipping/money.js";
import { forEachHub, type HubDayOptions } from "./hub-days.js";

export function registerShipping(program: Command): void {
  const shipping = program.command("shipping").description("the express pool: the day's parcels across carriers");
  shipping
    .command("allocate")
    .description("allocate a business day's parcels to carriers at the least total cost")
    .option("--date <YYYY-MM-DD>", "the business day; today in each hub's time zone when left out")
    .option("--hub <slug>", "only this hub (its slug); every hub when left out")
    .action(allocateCommand);
}

async function allocateCommand(options: HubDayOptions): Promise<void> {
  await forEachHub(options, async (database, hub) => {
    const date = options.date ?? hubClock(hub.timeZone).date;
    await runAllocation(database.db, hub.id, date);
    const { summary } = await allocationOf(database.db, hub.id, date, "zh-CN");
    if (!summary) return;
    console.log(
      `${hub.name} ${date}：${summary.allocated} 个包裹分给 ${summary.carriers.filter((c) => c.parcels > 0).length} 家快递，` +
        `合计 ${fenToYuan(summary.totalFen)} 元，比各店单独发省 ${fenToYuan(summary.savingFen)} 元；` +
        `${summary.unallocated.length} 个未分配`,
    );
  });
}
