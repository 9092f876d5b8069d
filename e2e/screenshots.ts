import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";

const folder = fileURLToPath(new URL("./screenshots/", import.meta.url));
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

/** Saves the page as a phone and a desktop would show it, for people to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  // Fixed headers are drawn where the page is scrolled to, so full-page shots start at the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const [device, size] of Object.entries(sizes)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${folder}${name}-${device}.png`, fullPage: true, animations: "disabled" });
  }
  if (original) await page.setViewportSize(original);
}
