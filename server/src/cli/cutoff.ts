import type { Command } from "commander";
import { runCutoff } from "../modules/orders/cutoff/run.js";
import { forEachHub, type HubDayOptions } from "./hub-days.js";

export function registerCutoff(program: Command): void {
  const cutoff = program.command("cutoff").description("the daily cut-off: orders into purchase orders and pick lists");
  cutoff
    .command("run")
    .description("run a business day's cut-off now (a day that already ran changes nothing)")
    .option("--date <YYYY-MM-DD>", "the business day; today in each hub's time zone when left out")
    .option("--hub <slug>", "only this hub (its slug); every hub when left out")
    .action(runCommand);
}

async function runCommand(options: HubDayOptions): Promise<void> {
  await forEachHub(options, async (database, hub) => {
    const result = await runCutoff(database.db, hub.id, options.date);
    const { lines, purchaseOrders, parcels } = result.counts;
    const what = `${lines} 行订单 → ${purchaseOrders} 张采购单，${parcels} 个包裹`;
    console.log(
      `${hub.name} ${result.businessDate}：${result.ran ? `截单完成，${what}` : `今天已截过单（${what}），没有改动`}`,
    );
  });
}
