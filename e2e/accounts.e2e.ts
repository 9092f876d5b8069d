import { expect, test } from "@playwright/test";
import { demoPassword, field, logIn } from "./journey";
import { snap } from "./screenshots";

test("a newcomer signs up in English, opens a shop in the demo hub, logs out and back in", async ({ page }) => {
  const suffix = `${Date.now()}`;
  const email = `newcomer-${suffix}@example.com`;
  const password = "village-2024";
  const shopName = `E2E 饰品店 ${suffix}`;

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
  await expect(page.getByText("电商村的操作系统")).toBeVisible();
  await snap(page, "login-zh");

  await page.getByRole("button", { name: "切换语言" }).click();
  await page.getByRole("menuitem", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();

  await page.getByRole("link", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Sign up" })).toBeVisible();
  await field(page, "Your name").fill("Wang Xiaoer");
  await field(page, "E-mail").fill(email);
  await field(page, "Password").fill("short");
  await page.getByRole("button", { name: "Sign up" }).click();
  // The server's explanation lands under the field it is about.
  await expect(field(page, "Password")).toHaveAccessibleDescription(/.+At least 8 characters/);
  await expect(page.getByRole("alert")).toContainText("not valid");
  await snap(page, "signup-error");
  await field(page, "Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();

  await expect(page.getByRole("heading", { name: "Create or join an organisation" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Hub" })).toHaveValue("Qingyanliu e-commerce village");
  await page.getByRole("radio", { name: "Shop" }).check();
  await field(page, "Organisation name").fill(shopName);
  await snap(page, "start");
  await page.getByRole("button", { name: "Create", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Hello, Wang Xiaoer" })).toBeVisible();
  await expect(page.getByTestId("hub-name")).toHaveText("Qingyanliu e-commerce village");
  await expect(page.getByTestId("count-shop")).toHaveText(/^[1-9][\d,]*$/);
  const switcher = page.getByTestId("organisation-switcher");
  await expect(switcher).toContainText(shopName);
  await switcher.click();
  await expect(page.getByRole("menuitem", { name: shopName })).toBeVisible();
  await page.keyboard.press("Escape");
  await snap(page, "home-newcomer");

  await page.getByRole("button", { name: "Open or close navigation" }).click();
  await snap(page, "navigation");
  await page
    .getByRole("navigation")
    .getByRole("link", { name: /^Academy/ })
    .click();
  await expect(page.getByRole("heading", { name: "Academy" })).toBeVisible();
  await expect(page.getByRole("main").getByText("Coming soon")).toBeVisible();
  await snap(page, "coming-soon-academy");

  await page.goto("/settings");
  await field(page, "Token name").fill("Warehouse PC");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("once-secret")).toContainText("tc_");
  await snap(page, "settings-token-once");
  await page.getByRole("button", { name: "I have saved it" }).click();
  await expect(page.getByText("Warehouse PC")).toBeVisible();

  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();

  await logIn(page, email, password, { email: "E-mail", password: "Password" });
  await expect(page.getByRole("heading", { name: "Hello, Wang Xiaoer" })).toBeVisible();
  await expect(page.getByTestId("organisation-switcher")).toContainText(shopName);
});

test("the demo shop logs in and sees its organisation, in Chinese", async ({ page }) => {
  await page.goto("/login");
  await logIn(page, "shop@demo.taocun.cn", demoPassword);
  await expect(page.getByRole("heading", { name: "你好，陈小燕" })).toBeVisible();
  await expect(page.getByTestId("organisation-switcher")).toContainText("小燕饰品店");
  await expect(page.getByTestId("hub-name")).toHaveText("青岩刘电商村");
  await snap(page, "home-demo-shop");
});

test("the association finds shops in the hub directory", async ({ page }) => {
  await page.goto("/login");
  await logIn(page, "xiehui@demo.taocun.cn", demoPassword);
  await expect(page.getByRole("heading", { name: /^你好/ })).toBeVisible();
  await page.goto("/directory");
  await expect(page.getByRole("heading", { name: "园区名录" })).toBeVisible();
  // The chip's radio input is visually hidden; people press its label.
  await page.locator("label", { hasText: /^网店$/ }).click();
  await expect(page.getByRole("radio", { name: "网店" })).toBeChecked();
  await page.getByRole("searchbox", { name: "搜索名称" }).fill("小燕");
  const rows = page.getByTestId("directory-row");
  await expect(rows.filter({ hasText: "小燕饰品店" })).toHaveCount(1);
  await expect(rows.filter({ hasNotText: "小燕" })).toHaveCount(0);
  await snap(page, "directory");
});

test("a newcomer joins the demo shop through an invitation link", async ({ page, browser }) => {
  await page.goto("/login");
  await logIn(page, "shop@demo.taocun.cn", demoPassword);
  await expect(page.getByRole("heading", { name: "你好，陈小燕" })).toBeVisible();
  await page.goto("/settings");
  await page.getByRole("button", { name: "生成邀请" }).click();
  const link = (await page.getByTestId("once-secret").first().textContent()) ?? "";
  expect(link).toMatch(/\/join\/\S+$/);
  await snap(page, "settings-invitation-once");

  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto(link);
  await newcomer.getByRole("link", { name: "注册一个" }).click();
  await field(newcomer, "你的称呼").fill("李小红");
  await field(newcomer, "邮箱").fill(`invited-${Date.now()}@example.com`);
  await field(newcomer, "密码").fill("village-2024");
  await newcomer.getByRole("button", { name: "注册" }).click();
  await expect(field(newcomer, "邀请码或邀请链接")).toHaveValue(link.split("/join/")[1] ?? "");
  await expect(newcomer.getByTestId("invitation-preview")).toContainText("由 陈小燕 邀请");
  await expect(newcomer.getByTestId("invitation-preview")).toContainText("小燕饰品店");
  await newcomer.getByRole("button", { name: "加入" }).click();
  await expect(newcomer.getByRole("heading", { name: "你好，李小红" })).toBeVisible();
  await expect(newcomer.getByTestId("organisation-switcher")).toContainText("小燕饰品店");
  await newcomer.context().close();
});
