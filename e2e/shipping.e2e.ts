import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { logInAndWait } from "./journey";
import { password } from "./orders-village";
import { readPdf } from "./pdf-text";
import { snap } from "./screenshots";
import {
  BUYERS,
  badZtoCsv,
  cutOff,
  demoCard,
  newZtoCard,
  operatorApi,
  operatorEmail,
  rateCardCsv,
  shippingVillage,
} from "./shipping-village";

// One run's people: a bag factory, a newcomer shop selling its backpack, and a ZTO station.
const stamp = Date.now();
const supplier = { email: `ship-bags-${stamp}@example.com`, name: "周老板", org: `E2E 义乌箱包厂 ${stamp}` };
const shop = { email: `ship-seller-${stamp}@example.com`, name: "吴小妹", org: `E2E 小吴的淘宝店 ${stamp}` };
const neighbour = { email: `ship-neighbour-${stamp}@example.com`, name: "冯姐", org: `E2E 冯姐的小店 ${stamp}` };
const station = { email: `ship-station-${stamp}@example.com`, name: "郑师傅", org: `E2E 中通青岩刘网点 ${stamp}` };
let village: { hubId: string; supplierId: string; shopId: string; stationId: string };
let origin = "";
// The business day the shop's parcels belong to, once cut off.
let businessDay = "";
// The shop's waybills as its page lists them: tracking number → carrier code.
const labels = new Map<string, string>();

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  origin = String(test.info().project.use.baseURL);
  village = await shippingVillage(browser, origin, { supplier, shop, neighbour, station }, stamp);
  const operator = await operatorApi(browser, origin);
  businessDay = await cutOff(operator.request, village.hubId);
  await operator.close();
  test.info().annotations.push({ type: "business day", description: businessDay });
});

/** A day picker set to the journey's business day (today, unless today was cut off before the orders came). */
async function onBusinessDay(page: Page) {
  const date = page.getByRole("textbox", { name: "日期" });
  if ((await date.inputValue()) !== businessDay) await date.fill(businessDay);
}

async function openFromMenu(page: Page, name: string) {
  await page.getByRole("button", { name: "打开或关闭导航" }).click();
  await page.getByRole("navigation").getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
}

test("the operator uploads rate cards: a bad one is refused row by row, then ZTO's new contract and HTKY's again", async ({
  page,
}) => {
  await logInAndWait(page, operatorEmail);
  await openFromMenu(page, "快递合同");
  await expect(page.getByTestId("contract")).toHaveCount(11);
  const zto = page.getByTestId("contract").and(page.locator('[data-carrier="ZTO"]'));
  await expect(zto).toContainText("中通快递");
  await expect(zto).toContainText("4000 票/天");

  // Two bad cells: the table names their rows and columns, and nothing changes.
  const chooser = () => page.getByRole("button", { name: "价格表文件（CSV 或 XLSX）" });
  await upload(page, chooser, badZtoCsv());
  await expect(page.getByTestId("rate-card-refused")).toContainText("没有做任何修改");
  const problems = page.getByTestId("sheet-problem");
  await expect(problems).toHaveCount(2);
  await expect(page.getByRole("columnheader", { name: "行" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "列" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "问题" })).toBeVisible();
  await expect(problems.filter({ hasText: "目的省份" })).toContainText("火星");
  await expect(problems.filter({ hasText: "首重价" })).toBeVisible();
  await expect(zto).toContainText("4000 票/天");
  await expect(zto.getByTestId("tier").first()).toHaveText("满 2000 票每票减 ¥0.08");
  await snap(page, "shipping-contracts-refused");

  // The new ZTO contract: a fifth cheaper, tiers a village day reaches, Tibet no longer served.
  await upload(page, chooser, rateCardCsv(newZtoCard()));
  await expect(page.getByTestId("rate-card-saved")).toHaveText("已更新和中通快递的合同");
  await expect(zto.getByTestId("tier")).toHaveText(["满 5 票每票减 ¥0.10", "满 20 票每票减 ¥0.20"]);
  await expect(zto).toContainText("30 个省派送，1 个不派送");

  // A second contract through the page: HTKY ended, then its rate card uploaded again.
  const htky = page.getByTestId("contract").and(page.locator('[data-carrier="HTKY"]'));
  await htky.getByRole("button", { name: "删除合同" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "删除合同" }).click();
  await expect(page.getByText("已删除和百世快递的合同")).toBeVisible();
  await expect(page.getByTestId("contract")).toHaveCount(10);
  await upload(page, chooser, rateCardCsv(demoCard("HTKY")));
  await expect(page.getByTestId("rate-card-saved")).toHaveText("已更新和百世快递的合同");
  await expect(page.getByTestId("contract")).toHaveCount(11);
  await snap(page, "shipping-contracts");

  // The card comes back out as the CSV the upload takes.
  const download = page.waitForEvent("download");
  await zto.getByRole("button", { name: "下载 CSV" }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe("价格表-ZTO.csv");
  const csv = fs.readFileSync(await saved.path(), "utf8");
  expect(csv).toContain("单量阶梯(票/天 元/票),20,0.20");
  expect(csv).toMatch(/^西藏,,,,,,,是/m);
  const workbook = page.waitForEvent("download");
  await zto.getByRole("button", { name: "下载 XLSX" }).click();
  const xlsx = await workbook;
  expect(xlsx.suggestedFilename()).toBe("价格表-ZTO.xlsx");
  expect(
    fs
      .readFileSync(await xlsx.path())
      .subarray(0, 2)
      .toString(),
  ).toBe("PK");

  // The journey's station collects ZTO's parcels from now on (a rate card upload keeps the station).
  await zto.getByRole("combobox", { name: "中通快递的揽收站点" }).click();
  await page.getByRole("option", { name: station.org }).click();
  await expect(page.getByText(`中通快递的包裹改由${station.org}揽收`)).toBeVisible();
  await expect(zto.getByRole("combobox", { name: "中通快递的揽收站点" })).toHaveValue(station.org);
});

test("the operator runs the day's allocation and sees the cost per carrier and the saving as charts", async ({
  page,
}) => {
  await logInAndWait(page, operatorEmail);
  await openFromMenu(page, "今日分配");
  await onBusinessDay(page);
  await expect(page.getByTestId("allocation-none")).toBeVisible();
  await page.getByRole("button", { name: "运行分配" }).click();
  const result = page.getByTestId("allocation-result");
  await expect(result).toBeVisible({ timeout: 30_000 });

  const bars = page.getByTestId("carrier-chart").getByTestId("carrier-bar");
  await expect(bars.first()).toBeVisible();
  // ZTO, a fifth cheaper, takes most of the day; its bar names the carrier, the cost and the parcels.
  const zto = bars.and(page.locator('[data-key="ZTO"]'));
  await expect(zto).toHaveAttribute("aria-label", /^中通快递：运费 ¥[\d,]+\.\d\d，\d+ 票$/);
  await expect(zto).toContainText(/已到满 (5|20) 票，每票减 ¥0\.[12]0/);
  await expect(page.getByRole("listitem", { name: /^中通快递：运费/ })).toBeVisible();

  // Pooled, the village reaches ZTO's tiers that no shop reaches alone: a saving, shown three ways.
  const saving = page.getByTestId("saving-chart").getByTestId("saving-bar");
  await expect(saving).toHaveCount(3);
  const alone = Number(await saving.and(page.locator('[data-key="alone"]')).getAttribute("data-value"));
  const pooled = Number(await saving.and(page.locator('[data-key="pooled"]')).getAttribute("data-value"));
  expect(pooled).toBeGreaterThan(0);
  expect(pooled).toBeLessThan(alone);
  await expect(page.getByTestId("allocation-saving")).toContainText(/省 [\d.]+%/);
  const ours = page.getByTestId("shop-share").and(page.locator(`[data-shop="${shop.org}"]`));
  await expect(ours.getByRole("cell").nth(1)).toHaveText(String(BUYERS.length));
  await expect(page.getByTestId("solver-method")).toHaveText(/混合整数规划|贪心算法/);
  await snap(page, "shipping-allocation");

  await page.locator("label", { hasText: /^票数$/ }).click();
  await expect(page.getByTestId("carrier-chart")).toContainText("各家快递的票数");
  await expect(zto).toContainText(/\d+ 票/);
});

test("a shop quotes a parcel: cheapest first with the breakdown, and the carriers that cannot take it", async ({
  page,
}) => {
  await logInAndWait(page, shop.email, password);
  await openFromMenu(page, "运费试算");
  await page.getByRole("textbox", { name: "重量（kg）" }).fill("1,2");
  await page.getByRole("button", { name: "试算" }).click();
  await expect(page.getByText("请输入重量（kg），例如 1.2")).toBeVisible();
  await expect(page.getByText("请选择目的省份")).toBeVisible();

  await page.getByRole("textbox", { name: "重量（kg）" }).fill("1.2");
  await chooseProvince(page, "浙江");
  await page.getByRole("button", { name: "试算" }).click();
  const rows = page.getByTestId("quote-row");
  await expect(rows.first()).toHaveAttribute("data-carrier", "ZTO");
  await expect(rows.first()).toContainText("最便宜");
  await expect(rows.first()).toContainText("1.5 kg");
  await snap(page, "shipping-quote");

  await chooseProvince(page, "西藏");
  await page.getByRole("button", { name: "试算" }).click();
  const ztoToTibet = rows.and(page.locator('[data-carrier="ZTO"]'));
  await expect(ztoToTibet).toHaveAttribute("data-available", "false");
  await expect(ztoToTibet).toContainText("不能寄");
  await expect(rows.last()).toHaveAttribute("data-available", "false");
  await expect(rows.first()).toHaveAttribute("data-available", "true");
});

test("the shop sees its waybills and its share of the saving, and prints every label in one PDF", async ({ page }) => {
  await logInAndWait(page, shop.email, password);
  await openFromMenu(page, "面单");
  await onBusinessDay(page);
  const waybills = page.getByTestId("waybill");
  await expect(waybills).toHaveCount(BUYERS.length);
  for (const waybill of await waybills.all()) {
    const number = (await waybill.getAttribute("data-tracking")) ?? "";
    expect(number, "every parcel has a tracking number").not.toBe("");
    await expect(waybill.getByTestId("waybill-status")).toHaveText("待揽收");
    labels.set(number, (await waybill.getAttribute("data-carrier")) ?? "");
  }
  // Tibet is no longer ZTO's: that parcel went with another carrier.
  const tibet = waybills.filter({ hasText: "扎西" });
  await expect(tibet).not.toHaveAttribute("data-carrier", "ZTO");
  await expect(waybills.filter({ hasText: "陈静" })).toHaveAttribute("data-carrier", "ZTO");
  await expect(waybills.filter({ hasText: "陈静" })).toContainText("中通快递");
  const share = page.getByTestId("saving-share");
  await expect(share.getByTestId("share-parcels")).toContainText(`${BUYERS.length} 票`);
  await expect(share.getByTestId("share-saving")).toContainText("¥");
  await snap(page, "shipping-waybills");

  await page.locator("label", { hasText: /^100×180$/ }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "打印全部面单" }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(`面单-${businessDay}.pdf`);
  const { pages } = readPdf(fs.readFileSync(await saved.path()));
  expect(pages).toHaveLength(BUYERS.length);
  const text = pages.map((one) => one.text).join("\n");
  for (const number of labels.keys()) expect(text, `the labels print ${number}`).toContain(number);
  await expect(waybills.filter({ hasText: "已打印" })).toHaveCount(BUYERS.length);

  // Fresh goods next time: SF only.
  await page.getByRole("combobox", { name: "只用这些快递" }).click();
  await page.getByRole("option", { name: "顺丰速运" }).click();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "保存快递偏好" }).click();
  await expect(page.getByText("快递偏好已保存")).toBeVisible();
  await page.reload();
  await expect(page.locator(".mantine-MultiSelect-pill", { hasText: "顺丰速运" })).toBeVisible();
});

test("the ZTO station scans two parcels, one twice, one of another carrier and an unknown number", async ({ page }) => {
  const ours = [...labels].filter(([, carrier]) => carrier === "ZTO").map(([number]) => number);
  const theirs = [...labels].find(([, carrier]) => carrier !== "ZTO")?.[0] ?? "";
  expect(ours.length, "the shop's ZTO parcels").toBeGreaterThanOrEqual(2);
  await logInAndWait(page, station.email, password);
  await openFromMenu(page, "揽收扫描");
  await onBusinessDay(page);
  const pickup = page.getByTestId("pickup").and(page.locator('[data-carrier="ZTO"]'));
  await expect(pickup.getByTestId("pickup-progress")).toHaveText(/^已扫 0 \/ \d+$/);
  const total = Number((await pickup.getByTestId("pickup-progress").textContent())?.split("/ ")[1]);
  expect(total).toBeGreaterThanOrEqual(ours.length);

  // The manifest lists the shop's ZTO parcels among the day's.
  const download = page.waitForEvent("download");
  await pickup.getByRole("button", { name: "揽收清单 CSV" }).click();
  const manifest = fs.readFileSync(await (await download).path(), "utf8");
  for (const number of ours) expect(manifest).toContain(number);

  // The scanner types into the box that has the focus, then Enter.
  const input = page.getByRole("textbox", { name: "运单号" });
  await page.goto("/shipping/scan");
  await expect(input).toBeFocused();
  const results = page.getByTestId("scan-result");
  const scanned = async (number: string, outcome: string, color: string, text: string) => {
    await page.keyboard.type(number);
    await page.keyboard.press("Enter");
    const latest = results.first();
    await expect(latest).toContainText(number);
    await expect(latest).toHaveAttribute("data-outcome", outcome);
    await expect(latest).toHaveAttribute("data-color", color);
    await expect(latest.getByTestId("scan-outcome")).toHaveText(text);
    await expect(input).toHaveValue("");
    await expect(input).toBeFocused();
  };
  await scanned(ours[0] ?? "", "collected", "green", "揽收成功");
  await expect(results.first()).toContainText(`中通快递 已扫 1 / ${total}`);
  await scanned(ours[1] ?? "", "collected", "green", "揽收成功");
  await expect(results.first()).toContainText(`中通快递 已扫 2 / ${total}`);
  // A tap elsewhere takes the focus away; the next scan still lands in the box.
  await page.getByRole("heading", { name: "揽收扫描" }).click();
  await expect(input).not.toBeFocused();
  await scanned(ours[0] ?? "", "duplicate", "yellow", "已经扫过了");
  await scanned(theirs, "wrong_carrier", "red", "不是本站点揽收的快递");
  await scanned("ZT9999999999", "unknown", "red", "园区里没有这个运单号");
  await expect(results).toHaveCount(5);
  // The green result is drawn green, the red one red.
  await expect(results.nth(4)).toHaveCSS("background-color", "rgb(235, 251, 238)");
  await expect(results.first()).toHaveCSS("background-color", "rgb(255, 245, 245)");

  await onBusinessDay(page);
  await expect(pickup.getByTestId("pickup-progress")).toHaveText(`已扫 2 / ${total}`);
  await snap(page, "shipping-scan");
});

async function upload(
  page: Page,
  chooser: () => ReturnType<Page["getByRole"]>,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  const choosing = page.waitForEvent("filechooser");
  await chooser().click();
  await (await choosing).setFiles(file);
  await page.getByRole("button", { name: "上传", exact: true }).click();
}

async function chooseProvince(page: Page, province: string) {
  await page.getByRole("combobox", { name: "目的省份" }).click();
  await page.getByRole("option", { name: province, exact: true }).click();
}

test("once labels are printed and parcels collected, the day's allocation cannot run again", async ({ page }) => {
  await logInAndWait(page, operatorEmail);
  await page.goto("/shipping/allocation");
  await onBusinessDay(page);
  await expect(page.getByTestId("allocation-result")).toBeVisible();
  await page.getByRole("button", { name: "运行分配" }).click();
  await expect(page.getByRole("alert")).toHaveText(`${businessDay} 已有面单打印或揽收，不能重新分配`);
  await expect(page.getByTestId("allocation-result")).toBeVisible();
  await snap(page, "shipping-allocation-locked");
});
