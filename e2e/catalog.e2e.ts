import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { field, logInAndWait } from "./journey";
import { readZip, shopifyRows, taobaoPackage } from "./listing-zip";
import { snap } from "./screenshots";

const title = `帆布托特包 大容量 通勤 ${Date.now()}`;

async function photo(colour: string) {
  const buffer = await sharp({ create: { width: 600, height: 400, channels: 3, background: colour } })
    .png()
    .toBuffer();
  return { name: `${colour.slice(1)}.png`, mimeType: "image/png", buffer };
}

test.describe.configure({ mode: "serial" });

test("a supplier lists a bag with three pictures in 2 colours × 3 sizes from a phone", async ({ page }) => {
  await logInAndWait(page, "supplier@demo.taocun.cn");
  await page.goto("/catalog");
  await page.getByRole("link", { name: "发布商品" }).click();

  await field(page, "商品标题").fill(title);
  await page
    .locator('input[type="file"]')
    .setInputFiles([await photo("#c0392b"), await photo("#2c3e50"), await photo("#f5f0e6")]);
  await expect(page.getByTestId("gallery-picture")).toHaveCount(3);
  await field(page, "编码前缀").fill("E2E");
  const values = page.getByRole("combobox", { name: "规格值" });
  await values.first().fill("米白");
  await values.first().press("Enter");
  await values.first().fill("黑色");
  await values.first().press("Enter");
  await page.getByRole("button", { name: "添加规格" }).click();
  await values.nth(1).fill("S");
  await values.nth(1).press("Enter");
  await values.nth(1).fill("M");
  await values.nth(1).press("Enter");
  await values.nth(1).fill("L");
  await values.nth(1).press("Enter");
  await expect(page.getByTestId("sku-row")).toHaveCount(6);

  await field(page, "批发价（1 件起）").fill("25");
  await field(page, "代发价").fill("28.5");
  await field(page, "重量（克）").fill("320");
  const stock = page.getByRole("textbox", { name: "库存", exact: true });
  for (let i = 0; i < 6; i++) await stock.nth(i).fill("100");
  await snap(page, "catalog-new-product");

  // A decimal comma is refused under the field that holds it, and nothing is sent.
  await field(page, "代发价").fill("28,5");
  await page.getByRole("button", { name: "上架" }).click();
  await expect(page.getByText("请输入金额，例如 12.50")).toBeVisible();
  await expect(page.getByRole("heading", { name: "发布商品" })).toBeVisible();
  await field(page, "代发价").fill("28.5");
  await page.getByRole("button", { name: "上架" }).click();

  await expect(page.getByRole("heading", { name: "我的商品" })).toBeVisible();
  const listed = page.getByTestId("my-product").filter({ hasText: title });
  await expect(listed).toContainText("在售");
  await snap(page, "catalog-my-products");
});

test("a seller finds it by a Chinese word on a phone, picks it at 1.8× and downloads files Shopify and Taobao import", async ({
  page,
}) => {
  await logInAndWait(page, "shop@demo.taocun.cn");
  await page.goto("/catalog");
  await page.getByRole("textbox", { name: "搜索货品" }).fill("托特包");
  const card = page.getByTestId("supermarket-item").filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card.getByRole("img")).toBeVisible();
  await snap(page, "supermarket-search");
  await card.getByRole("button", { name: "选品" }).click();
  await expect(card.getByRole("button", { name: "已加入选品库" })).toBeVisible();

  await page.goto("/sourcing");
  await setRule(page);
  const pick = page.getByTestId("pick").filter({ hasText: title });
  // Cost is the dropship price, ¥28.50; ×1.8 is ¥51.30.
  await expect(pick).toContainText("¥51.30");
  await snap(page, "sourcing");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载淘宝 + Shopify 上架包" }).click();
  const zip = await readZip(await (await download).path());
  await checkShopify(zip);
  await checkTaobao(zip);
});

async function setRule(page: Page) {
  const factor = page.getByRole("textbox", { name: "加价倍数" });
  await factor.fill("1.8");
  await page.getByRole("combobox", { name: "尾数" }).click();
  await page.getByRole("option", { name: "不取整" }).click();
  await page.getByRole("textbox", { name: "最低利润" }).fill("0");
  await page.getByRole("button", { name: "保存规则" }).click();
  await expect(page.getByText("定价规则已保存")).toBeVisible();
}

async function checkShopify(zip: Map<string, Buffer>) {
  const rows = shopifyRows(zip.get("shopify/products.csv") as Buffer);
  const first = rows.find((row) => row.Title === title);
  expect(first, "the product's first row carries its title").toBeDefined();
  const handle = first?.Handle ?? "";
  expect(handle).toMatch(/^fan-bu-tuo-te-bao[a-z0-9-]*$/);
  const variants = rows.filter((row) => row.Handle === handle && row["Variant SKU"]);
  expect(variants.map((row) => row["Variant SKU"]).sort()).toEqual([
    "E2E-01",
    "E2E-02",
    "E2E-03",
    "E2E-04",
    "E2E-05",
    "E2E-06",
  ]);
  expect(new Set(variants.map((row) => row["Variant Price"]))).toEqual(new Set(["51.30"]));
  expect(first?.["Option1 Name"]).toBe("颜色");
  const images = rows.filter((row) => row.Handle === handle && row["Image Src"]);
  expect(images).toHaveLength(3);
  expect(images[0]?.["Image Src"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\/pictures\/.+\/800\.jpg$/);
}

async function checkTaobao(zip: Map<string, Buffer>) {
  const { version, rows } = taobaoPackage(zip.get("taobao/products.csv") as Buffer);
  expect(version).toBe("version 1.00");
  const row = rows.find((r) => (r.title ?? "").startsWith("帆布托特包"));
  expect(row, "the product is in the Taobao package").toBeDefined();
  // Taobao counts a Chinese character as 2 bytes, ASCII as 1.
  const taobaoBytes = [...(row?.title ?? "")].reduce((n, c) => n + ((c.codePointAt(0) ?? 0) > 0xff ? 2 : 1), 0);
  expect(taobaoBytes).toBeLessThanOrEqual(60);
  expect(row?.skuProps).toContain("E2E-01");
  expect(row?.skuProps).toContain("51.30");
  const pictures = [...zip.keys()].filter((name) => name.startsWith("taobao/products/") && name.endsWith(".tbi"));
  expect(pictures.length).toBeGreaterThanOrEqual(3);
}
