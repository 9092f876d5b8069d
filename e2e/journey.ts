import type { Page } from "@playwright/test";

/** Every demo account's password (README). */
export const demoPassword = "taocun-demo";

export const field = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

export async function logIn(page: Page, email: string, password: string, labels = { email: "邮箱", password: "密码" }) {
  await field(page, labels.email).fill(email);
  await field(page, labels.password).fill(password);
  await page.locator("form").getByRole("button").last().click();
}
