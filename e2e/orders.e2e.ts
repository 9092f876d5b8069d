import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { logInAndWait } from "./journey";
import { bagVillage, password, taobaoExportPair } from "./orders-village";
import { readPdf } from "./pdf-text";
import { snap } from "./screenshots";

// One run's people: a bag factory and a newcomer shop that picked its tote and pouch set.
const stamp = Date.now();
const supplier = { email: `bags-${stamp}@example.com`, name: "王老板", org: `E2E 白沟箱包厂 ${stamp}` };
const shop = { email: `seller-${stamp}@example.com`, name: "林小二", org: `E2E 小林的淘宝店 ${stamp}` };
let village: { hubId: string; supplierId: string; shopId: string };
let origin = "";
// The business day the journey's purchase orders belong to, known once the cut-off ran.
let businessDay = "";

const order = (page: Page, number: string) => page.getByTestId("order").filter({ hasText: number });
const line = (page: Page, number: string, code: string) =>
  order(page, number).getByTestId("order-line").filter({ hasText: code });

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  origin = String(test.info().project.use.baseURL);
  village = await bagVillage(browser, origin, { supplier, shop });
});

test("a seller uploads a GBK Taobao export pair and sees covered and backordered lines", async ({ page }) => {
  await logInAndWait(page, shop.email, password);
  await page.goto("/orders");
  await expect(page.getByText("还没有订单")).toBeVisible();
  await page.getByRole("link", { name: "导入订单" }).click();
  await expect(page.getByText("已卖出的宝贝")).toBeVisible();
  await snap(page, "orders-import");

  await uploadPair(page);
  await expect(page.getByRole("status").filter({ hasText: "导入完成" })).toBeVisible();
  await expect(page.getByTestId("import-created")).toContainText("3");
  await expect(page.getByTestId("import-existing")).toContainText("0");
  // 交易关闭 and 等待买家付款 orders, and the closed wine-red item of an otherwise paid order.
  await expect(page.getByTestId("import-skipped")).toContainText("3");
  const first = page.getByTestId("imported-order").filter({ hasText: "3912345678901234561" });
  await expect(first).toContainText("有货 1 行");
  await expect(first).toContainText("缺货 1 行");
  await expect(page.getByTestId("skipped-order").filter({ hasText: "3912345678901234563" })).toContainText("交易关闭");
  await snap(page, "orders-import-result");

  // The same pair again orders nothing twice.
  await page.getByRole("button", { name: "再导入一批" }).click();
  await uploadPair(page);
  await expect(page.getByTestId("import-created")).toContainText("0");
  await expect(page.getByTestId("import-existing")).toContainText("3");
  await expect(page.getByRole("heading", { name: "已导入过，未重复导入" })).toBeVisible();

  // An order taken on WeChat, typed in; an address with no province is refused under the field.
  await page.goto("/orders/new");
  await page.getByRole("textbox", { name: "收货人" }).fill("赵敏");
  await page.getByRole("textbox", { name: "手机号" }).fill("13900001111");
  await page.getByRole("textbox", { name: "收货地址" }).fill("火星基地 1 号楼 101 室");
  await page.getByRole("textbox", { name: "商家编码" }).fill("QYL-BAG-001-BK");
  await page.getByRole("textbox", { name: "单价（元）" }).fill("58,00");
  await page.getByRole("button", { name: "提交订单" }).click();
  await expect(page.getByText("请输入金额，例如 58.00")).toBeVisible();
  await page.getByRole("textbox", { name: "单价（元）" }).fill("58");
  await page.getByRole("button", { name: "提交订单" }).click();
  await expect(page.getByRole("textbox", { name: "收货地址" })).toHaveAccessibleDescription(/认不出收货地址的省份/);
  await snap(page, "orders-new-error");
  await page.getByRole("textbox", { name: "收货地址" }).fill("浙江省金华市义乌市江东街道青岩刘村 3 区 5 幢 101 室");
  await page.getByRole("button", { name: "提交订单" }).click();
  await expect(page.getByText(/^已录入订单 M\d+/)).toBeVisible();

  await expect(page.getByRole("heading", { name: "订单", exact: true })).toBeVisible();
  await expect(page.getByTestId("total-covered")).toContainText("4");
  await expect(page.getByTestId("total-backordered")).toContainText("1");
  await expect(line(page, "3912345678901234561", "QYL-BAG-001-BK")).toHaveAttribute("data-status", "reserved");
  const redBag = line(page, "3912345678901234561", "QYL-BAG-001-RD");
  await expect(redBag).toHaveAttribute("data-status", "backordered");
  await expect(redBag).toContainText("缺货等待");
  await expect(redBag).toContainText("补货后会按下单先后自动为你锁定库存");
  await expect(redBag).toContainText("× 2");
  await expect(order(page, "赵敏")).toContainText("手工");
  await snap(page, "orders-list");
});

test("the hub operator cuts off now, then lets one supplier hand over by pickup", async ({ page }) => {
  await logInAndWait(page, "xiehui@demo.taocun.cn");
  await page.goto("/order-settings");
  await expect(page.getByRole("heading", { name: "截单设置" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "每天截单时间" })).toHaveValue(/^\d\d:\d\d$/);
  await cutOffNow(page);

  await page.getByRole("combobox", { name: "供应商" }).fill("青岩刘箱包");
  await page.getByRole("option", { name: "义乌市青岩刘箱包厂" }).click();
  await page.getByRole("button", { name: "添加" }).click();
  const override = page.getByTestId("supplier-override").filter({ hasText: "义乌市青岩刘箱包厂" });
  await expect(override.getByRole("radio", { name: "自提" })).toBeChecked();
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByText("截单设置已保存")).toBeVisible();
  await snap(page, "order-settings");
  await page.reload();
  await expect(override.getByRole("radio", { name: "自提" })).toBeChecked();
});

test("the supplier sees the purchase order on a phone, short-ships a line and prints the pick list", async ({
  page,
}) => {
  await logInAndWait(page, supplier.email, password);
  await page.getByRole("button", { name: "打开或关闭导航" }).click();
  await expect(page.getByRole("navigation").getByRole("link", { name: "采购单" })).toBeVisible();
  await expect(page.getByRole("navigation").getByRole("link", { name: "对账单" })).toBeVisible();
  await page.getByRole("navigation").getByRole("link", { name: "采购单" }).click();
  await expect(page.getByRole("heading", { name: "采购单", exact: true })).toBeVisible();
  const date = page.getByRole("textbox", { name: "日期" });
  if ((await date.inputValue()) !== businessDay) await date.fill(businessDay);

  const group = page.getByTestId("shop-group").filter({ hasText: shop.org });
  const po = group.getByTestId("purchase-order");
  await expect(po).toHaveCount(1);
  await expect(po).toHaveAttribute("data-status", "open");
  await expect(po).toContainText("代发");
  await expect(po.getByTestId("po-buyer")).toHaveCount(4);
  await expect(po.getByTestId("po-buyer").filter({ hasText: "张伟" })).toContainText("138****1234");
  await expect(po.getByTestId("po-buyer").filter({ hasText: "赵敏" })).toContainText("139****1111");
  await expect(po).not.toContainText("13812341234");
  await expect(po.getByTestId("po-line").and(page.locator('[data-sku="QYL-BAG-001-BK"]'))).toHaveCount(3);
  await expect(po.getByTestId("po-total")).toHaveText("合计 6 件 · ¥162.00");
  await snap(page, "purchase-orders");

  const pouch = po.getByTestId("po-line").and(page.locator('[data-sku="QYL-POUCH-02-L"]'));
  await expect(pouch).toContainText("× 3");
  await pouch.getByRole("button", { name: "少发" }).click();
  const dialog = page.getByRole("dialog", { name: "少发 QYL-POUCH-02-L" });
  await expect(dialog).toContainText("这一行共 3 件");
  await dialog.getByRole("textbox", { name: "一共少发几件" }).fill("4");
  await dialog.getByRole("button", { name: "确认少发" }).click();
  await expect(dialog.getByText("请输入 1 到 3 之间的整数")).toBeVisible();
  await dialog.getByRole("textbox", { name: "一共少发几件" }).fill("1");
  await snap(page, "purchase-orders-short-dialog");
  await dialog.getByRole("button", { name: "确认少发" }).click();
  await expect(dialog).toBeHidden();
  await expect(pouch.getByTestId("po-line-short")).toHaveText("少发 1");
  await expect(po.getByTestId("po-total")).toHaveText("合计 5 件 · ¥150.00");

  await po.getByRole("button", { name: "确认接单" }).click();
  await expect(po.getByTestId("po-status")).toHaveText("已确认");
  await expect(po.getByRole("button", { name: "货已备好" })).toBeVisible();
  await snap(page, "purchase-orders-confirmed");

  await printPickList(page);
  const number = (await po.getByText(/^PO-\d{8}-\d{4}$/).textContent()) ?? "";
  const printed = page.waitForEvent("download");
  await po.getByRole("button", { name: "打印采购单" }).click();
  const purchaseOrder = readPdf(fs.readFileSync(await (await printed).path()));
  expect(purchaseOrder.pages.map((one) => one.text).join("")).toContain(number);
});

test("the seller sees the short-shipped unit ordered again, the backorder, and the day's statement", async ({
  page,
}) => {
  await logInAndWait(page, shop.email, password);
  await page.goto("/orders");
  const pouchOrder = "3912345678901234562";
  const onPo = order(page, pouchOrder).getByTestId("order-line").and(page.locator('[data-status="ordered"]'));
  await expect(onPo).toContainText("已下采购单");
  await expect(onPo).toContainText(/采购单 PO-\d{8}-\d{4}/);
  await expect(onPo).toContainText("少发 1 件");
  // The supplier still had pouches no order held: the unit the seller still needs took one.
  const again = order(page, pouchOrder).getByTestId("order-line").and(page.locator('[data-status="reserved"]'));
  await expect(again).toContainText("QYL-POUCH-02-L");
  await expect(again).toContainText("× 1");
  await expect(page.getByTestId("total-covered")).toContainText("1");
  await expect(page.getByTestId("total-backordered")).toContainText("1");

  await page.locator("label", { hasText: /^缺货等待$/ }).click();
  await expect(page.getByTestId("order")).toHaveCount(1);
  await snap(page, "orders-backordered");

  // The wine-red bag is not worth waiting for: the seller cancels it.
  const redBag = line(page, "3912345678901234561", "QYL-BAG-001-RD");
  await redBag.getByRole("button", { name: "取消此行" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "取消此行" }).click();
  await expect(page.getByTestId("total-backordered")).toContainText("0");
  // The "已取消 …" toast closes after 4 s, too soon to assert on a loaded machine; the line's own
  // status is what stays.
  await page.locator("label", { hasText: /^已取消$/ }).click();
  await expect(line(page, "3912345678901234561", "QYL-BAG-001-RD")).toHaveAttribute("data-status", "cancelled");

  await page.getByRole("button", { name: "打开或关闭导航" }).click();
  await page.getByRole("navigation").getByRole("link", { name: "对账单" }).click();
  await expect(page.getByRole("heading", { name: "对账单", exact: true })).toBeVisible();
  const date = page.getByRole("textbox", { name: "日期" });
  if ((await date.inputValue()) !== businessDay) await date.fill(businessDay);
  const statement = page.getByTestId("statement").filter({ hasText: supplier.org });
  await expect(statement.getByTestId("statement-line")).toHaveCount(4);
  await expect(statement.getByTestId("statement-day")).toContainText("¥150.00");
  await expect(statement.getByTestId("statement-deducted")).toContainText("¥12.00");
  await expect(statement.getByTestId("statement-closing")).toContainText("¥150.00");
  await expect(statement).toContainText("少发 1 件，扣 ¥12.00");
  await snap(page, "statements");

  const download = page.waitForEvent("download");
  await statement.getByRole("button", { name: "下载 CSV" }).click();
  const csv = fs.readFileSync(await (await download).path(), "utf8");
  expect(csv).toContain("QYL-POUCH-02-L");
});

/**
 * 立即截单, which records the business day of the journey's purchase orders. When the server
 * started after the hub's cut-off time, today was cut off before the seller's orders came in;
 * a day that never ran may still be run, so the day before yesterday takes them.
 */
async function cutOffNow(page: Page) {
  await page.getByRole("button", { name: "立即截单" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "立即截单" }).click();
  const result = page.getByTestId("cutoff-result");
  await expect(result).toBeVisible();
  const today = (await result.getAttribute("data-date")) ?? "";
  businessDay = today;
  if ((await result.getAttribute("data-ran")) === "true") {
    await expect(result).toContainText("已截单");
    await snap(page, "order-settings-cutoff");
    return;
  }
  await expect(result).toContainText("已经截过单");
  const earlier = new Date(Date.parse(`${today}T12:00:00Z`) - 2 * 86_400_000).toISOString().slice(0, 10);
  const answer = await page.request.post(`/api/hubs/${village.hubId}/cutoff`, {
    data: { date: earlier },
    headers: { origin },
  });
  expect(answer.ok()).toBe(true);
  if ((await answer.json()).counts.lines > 0) businessDay = earlier;
  test
    .info()
    .annotations.push({ type: "cut-off", description: `today had run already; purchase orders of ${businessDay}` });
}

async function uploadPair(page: Page) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "订单文件（1～2 个 CSV 或 XLSX）" }).click();
  await (await chooser).setFiles(taobaoExportPair());
  await page.getByRole("button", { name: "上传并导入" }).click();
}

/**
 * 打印拣货单 saves the day's pick list: one page for one shop, naming it. Until the server has
 * the route, its 404 is reported here as that, and the journey goes on.
 */
async function printPickList(page: Page) {
  const response = page.waitForResponse((answer) => answer.url().includes("/pick-list.pdf"));
  const download = page.waitForEvent("download");
  download.catch(() => undefined);
  await page.getByRole("button", { name: "打印拣货单" }).click();
  const status = (await response).status();
  expect
    .soft(status, `GET /api/orgs/${village.supplierId}/pick-list.pdf answered ${status}: is the pick-list route there?`)
    .toBe(200);
  if (status !== 200) return;
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(`拣货单-${businessDay}.pdf`);
  const { pages } = readPdf(fs.readFileSync(await saved.path()));
  expect(pages).toHaveLength(1);
  expect(pages[0]?.text).toContain(shop.org);
}
