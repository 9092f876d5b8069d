import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { logInAndWait } from "./journey";
import { snap } from "./screenshots";

// One run's products: a cup in two colours and a bag without options, both on sale.
const stamp = Date.now();
const cup = `E2E 保温杯 ${stamp}`;
const bag = `E2E 帆布袋 ${stamp}`;
const black = `CUP${stamp}-BLK`;
const white = `CUP${stamp}-WHT`;

type Row = Record<string, string>;
const cupRows = (blackPrice: string): Row[] => [
  { 商品标题: cup, 规格1名: "颜色", 规格1值: "黑色", 商家编码: black, 库存: "100", 批发价: blackPrice },
  { 商品标题: cup, 规格1名: "颜色", 规格1值: "白色", 商家编码: white, 库存: "80", 批发价: "25.00" },
  { 商品标题: bag, 商家编码: `BAG${stamp}`, 库存: "300", 批发价: "12.50" },
];

/** The rows under the template's own header, as a supplier fills it in Excel and saves it as CSV. */
function sheet(header: string[], rows: Row[]): Buffer {
  const cell = (name: string, row: Row) => {
    if (name.startsWith("批发价(")) return row.批发价 ?? "";
    const fixed: Row = { "重量(克)": "350", 起批量: "2", 状态: "上架" };
    return row[name] ?? fixed[name] ?? "";
  };
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = [header, ...rows.map((row) => header.map((name) => cell(name, row)))];
  return Buffer.from(`${lines.map((line) => line.map(quote).join(",")).join("\r\n")}\r\n`, "utf8");
}

async function upload(page: Page, name: string, csv: Buffer) {
  await page.getByRole("link", { name: "批量导入" }).click();
  await expect(page.getByRole("heading", { name: "批量导入商品" })).toBeVisible();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "商品表格（CSV 或 XLSX）" }).click();
  await (await chooser).setFiles({ name, mimeType: "text/csv", buffer: csv });
  await page.getByRole("button", { name: "上传并检查" }).click();
}

test.describe.configure({ mode: "serial" });

test("a supplier downloads the template, sees a bad row refused with nothing changed, then imports the sheet", async ({
  page,
}) => {
  await logInAndWait(page, "supplier@demo.taocun.cn");
  await page.goto("/catalog");
  await page.getByRole("link", { name: "批量导入" }).click();
  await expect(page.getByRole("button", { name: "Excel 模板" })).toBeVisible();
  await snap(page, "import-start");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "CSV 模板" }).click();
  const template = fs.readFileSync(await (await download).path(), "utf8").replace(/^\uFEFF/, "");
  const header = (template.split(/\r?\n/)[0] ?? "").split(",");
  expect(header).toEqual(expect.arrayContaining(["商品标题", "商家编码", "批发价(元)", "库存"]));

  // The first product row, row 2 of the sheet under its header, has a decimal comma.
  await page.goto("/catalog");
  await upload(page, "cups-bad.csv", sheet(header, cupRows("25,50")));
  await expect(page.getByRole("alert").filter({ hasText: "表格有 1 处错误" })).toContainText(
    "没有导入任何内容，你的商品一件也没有改动",
  );
  const problem = page.getByTestId("import-problem");
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText("第 2 行");
  await expect(problem).toContainText("批发价(元)");
  await expect(problem).toContainText("「25,50」用逗号作了小数点，请写成 25.50");
  await expect(page.getByRole("button", { name: "确认导入" })).toHaveCount(0);
  await snap(page, "import-errors");

  await page.goto("/catalog");
  await expect(page.getByTestId("my-product").first()).toBeVisible();
  await expect(page.getByTestId("my-product").filter({ hasText: cup })).toHaveCount(0);

  // While the check runs the page shows how far it got; here the server's answer is held at row 120 of 480.
  const running = "**/api/orgs/*/imports/*";
  await page.route(running, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    const json = { ...body, status: "checking", phase: "checking", processedRows: 120, totalRows: 480, report: null };
    await route.fulfill({ response, json });
  });
  await upload(page, "cups.csv", sheet(header, cupRows("25.00")));
  await expect(page.getByTestId("import-progress")).toContainText("正在检查每一行");
  await expect(page.getByTestId("import-progress")).toContainText("第 120 / 480 行（25%）");
  await snap(page, "import-progress");
  await page.unroute(running);

  await expect(page.getByText("检查通过")).toBeVisible();
  await expect(page.getByTestId("count-create")).toContainText("2");
  await expect(page.getByTestId("count-create")).toContainText("3 个规格");
  await expect(page.getByTestId("import-change").filter({ hasText: cup })).toContainText("2 个规格");
  await expect(page.getByTestId("import-change").filter({ hasText: bag })).toContainText("1 个规格");
  await snap(page, "import-checked");

  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByRole("status").filter({ hasText: "导入完成" })).toBeVisible();
  await expect(page.getByTestId("count-create")).toContainText("2");
  await snap(page, "import-applied");

  await page.getByRole("link", { name: "查看我的商品" }).click();
  await expect(page.getByTestId("my-product").filter({ hasText: cup })).toContainText("在售");
  await expect(page.getByTestId("my-product").filter({ hasText: bag })).toContainText("在售");
});

test("a seller picks the imported cup and makes a stock feed for the shop's ERP", async ({ page, request }) => {
  await logInAndWait(page, "shop@demo.taocun.cn");
  await page.goto("/catalog");
  // The search runs once typing pauses: wait for its answer, not the list shown before it.
  const searched = page.waitForResponse((response) => response.url().includes("q=%E4%BF%9D%E6%B8%A9%E6%9D%AF"));
  await page.getByRole("textbox", { name: "搜索货品" }).fill("保温杯");
  await searched;
  const card = page.getByTestId("supermarket-item").filter({ hasText: cup });
  await card.getByRole("button", { name: "选品" }).click();
  await expect(card.getByRole("button", { name: "已加入选品库" })).toBeVisible();

  await page.goto("/sourcing");
  await expect(page.getByTestId("pick").filter({ hasText: cup })).toBeVisible();
  await page.getByRole("button", { name: "生成链接" }).click();
  const urls = page.getByTestId("once-secret");
  await expect(urls).toHaveCount(2);
  const csvUrl = (await urls.first().textContent()) ?? "";
  expect(csvUrl).toMatch(/\/feeds\/.+\.csv$/);
  await snap(page, "sourcing-stock-feed");

  // The feed answers without a login: the cup's two variants, what is available and the shop's price.
  const feed = await request.get(new URL(csvUrl).pathname);
  expect(feed.ok()).toBe(true);
  const lines = (await feed.text()).split(/\r?\n/);
  expect(lines[0]).toBe("sku_code,title,available,price");
  expect(lines.find((line) => line.startsWith(`${black},`))).toContain(",100,");
  expect(lines.find((line) => line.startsWith(`${white},`))).toContain(",80,");

  await page.getByRole("button", { name: "我已保存" }).click();
  await expect(page.getByText(/已于 .+ 生成/)).toBeVisible();
});

test("the supplier lowers the black cup's price and runs out of the white one from the product page", async ({
  page,
}) => {
  await logInAndWait(page, "supplier@demo.taocun.cn");
  await page.goto("/catalog");
  await page.getByTestId("my-product").filter({ hasText: cup }).click();
  await expect(page.getByRole("heading", { name: cup })).toBeVisible();

  const blackCard = page.getByTestId("variant").filter({ hasText: black });
  await expect(blackCard.getByRole("textbox", { name: "批发价（2 件起）" })).toHaveValue("25.00");
  await blackCard.getByRole("textbox", { name: "批发价（2 件起）" }).fill("22,5");
  await blackCard.getByRole("button", { name: "保存" }).click();
  await expect(blackCard.getByText("请输入金额，例如 12.50")).toBeVisible();
  await blackCard.getByRole("textbox", { name: "批发价（2 件起）" }).fill("22");
  await blackCard.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText(`已保存 ${black}`)).toBeVisible();
  await expect(blackCard.getByRole("button", { name: "保存" })).toBeDisabled();

  const whiteCard = page.getByTestId("variant").filter({ hasText: white });
  await whiteCard.getByRole("textbox", { name: "库存" }).fill("0");
  await whiteCard.getByRole("button", { name: "保存" }).click();
  await expect(whiteCard).toContainText("已售罄");

  // What was saved is what the server holds.
  await page.reload();
  await expect(blackCard.getByRole("textbox", { name: "批发价（2 件起）" })).toHaveValue("22.00");
  await expect(whiteCard.getByRole("textbox", { name: "库存" })).toHaveValue("0");
  await snap(page, "product-edit");
});

test("the seller sees both alerts unread, opens the cup, and marks them read", async ({ page }) => {
  await logInAndWait(page, "shop@demo.taocun.cn");
  await page.goto("/sourcing");
  const button = page.getByRole("link", { name: /^提醒/ });
  await expect(button.getByTestId("unread-alerts")).toHaveText(/^[1-9]\d*$/);
  await button.click();
  await expect(page.getByRole("heading", { name: "提醒" })).toBeVisible();

  const price = page.getByTestId("alert").filter({ hasText: cup }).filter({ hasText: "调价" });
  await expect(price).toContainText(`${black}（黑色） 的进价从 ¥25.00 变为 ¥22.00`);
  await expect(price).toHaveAttribute("data-unread", "true");
  const soldOut = page.getByTestId("alert").filter({ hasText: cup }).filter({ hasText: "断货" });
  await expect(soldOut).toContainText(`${white}（白色） 已断货`);
  await expect(soldOut).toHaveAttribute("data-unread", "true");
  await snap(page, "alerts");

  await price.getByRole("button", { name: "标为已读" }).click();
  await expect(price).toHaveAttribute("data-unread", "false");
  await expect(soldOut).toHaveAttribute("data-unread", "true");

  await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(soldOut).toHaveAttribute("data-unread", "false");
  await expect(page.getByTestId("alert").and(page.locator('[data-unread="true"]'))).toHaveCount(0);
  await expect(page.getByRole("button", { name: "全部标为已读" })).toBeDisabled();

  await soldOut.getByRole("link", { name: "查看商品" }).click();
  await expect(page.getByRole("heading", { name: cup })).toBeVisible();
  await expect(page.getByText("已加入选品库")).toBeVisible();
  await expect(page.getByTestId("variant").filter({ hasText: black })).toContainText("¥22.00（2 件起）");
  await expect(page.getByTestId("variant").filter({ hasText: white })).toContainText("已售罄");
  await snap(page, "product-seller");

  await page.getByRole("button", { name: "返回" }).click();
  await expect(page.getByRole("heading", { name: "提醒" })).toBeVisible();
  await page.goto("/sourcing");
  await expect(page.getByRole("link", { name: /^提醒/ })).toBeVisible();
  await expect(page.getByTestId("unread-alerts")).toHaveCount(0);
});
