import type { Page } from "@playwright/test";

/** Every demo account's password (README). */
export const demoPassword = "taocun-demo";

export const field = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

export async function logIn(page: Page, email: string, password: string, labels = { email: "邮箱", password: "密码" }) {
  await field(page, labels.email).fill(email);
  await field(page, labels.password).fill(password);
  await page.locator("form").getByRole("button").last().click();
}

/** Logs in and waits until the app has let the person in, before going anywhere else. */
export async function logInAndWait(page: Page, email: string, password = demoPassword) {
  await page.goto("/login");
  await logIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
