import { expect, test } from "@playwright/test";
import { demoPassword, field, logIn } from "./journey";
import { snap } from "./screenshots";

test("a supplier lists a bag in 2 colours × 3 sizes from a phone", async ({ page }) => {
  await page.goto("/login");
  await logIn(page, "supplier@demo.taocun.cn", demoPassword);
  await page.goto("/catalog");
  await page.getByRole("link", { name: "发布商品" }).click();

  const title = `帆布托特包 大容量 ${Date.now()}`;
  await field(page, "商品标题").fill(title);
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
