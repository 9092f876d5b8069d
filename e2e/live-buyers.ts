import { type Browser, devices, expect, type Page } from "@playwright/test";

/** A phone number of its own for each buyer of each run: 139 and eight digits of the run's stamp. */
export const buyerPhone = (stamp: number, n: number) => `139${String(stamp + n).slice(-8)}`;

/**
 * A buyer on an iPhone-sized screen, in a browser context of their own (their own cookies),
 * who opens the room from its link, as from a WeChat group. Chromium plays the phone:
 * Playwright never downloads WebKit.
 */
export async function buyerOnPhone(browser: Browser, origin: string, roomId: string): Promise<Page> {
  const { defaultBrowserType: _webkit, ...iPhone } = devices["iPhone 13"];
  const context = await browser.newContext({ ...iPhone, baseURL: origin, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(`/live/${roomId}`);
  return page;
}

/** 手机号登录 in the sheet: the phone, the code the development sender shows on the page, then in. */
export async function signInBuyer(page: Page, phone: string): Promise<void> {
  await page.getByRole("button", { name: "登录" }).click();
  const sheet = page.getByRole("dialog", { name: "手机号登录" });
  await sheet.getByRole("textbox", { name: "手机号" }).fill(phone);
  await sheet.getByRole("button", { name: "获取验证码" }).click();
  const hint = sheet.getByTestId("dev-code");
  await expect(hint).toHaveText(/^开发模式验证码：\d{6}$/);
  const code = (await hint.textContent())?.match(/\d{6}/)?.[0] ?? "";
  await sheet.getByRole("textbox", { name: "验证码" }).fill(code);
  await sheet.getByRole("button", { name: "登录" }).click();
  await expect(sheet).toBeHidden();
  await expect(page.getByTestId("buyer-phone")).toHaveText(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
}

/** The buyer's card of a deal, and its parts the journey reads. */
export function dealOn(page: Page) {
  const card = page.getByTestId("deal").first();
  return {
    card,
    buy: card.getByTestId("buy"),
    counts: card.getByTestId("deal-counts"),
    phase: card.getByTestId("deal-phase"),
    more: card.getByRole("button", { name: "增加数量" }),
    less: card.getByRole("button", { name: "减少数量" }),
    quantity: card.getByTestId("quantity"),
  };
}
