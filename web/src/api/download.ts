import { currentLanguage } from "../locales/i18n";
import { ApiError } from "./api-error";

/**
 * Fetches a file the server makes (a template, a listing ZIP) and saves it under `fileName`;
 * a plain link could not carry the language header, and a refusal would open as a page.
 */
export async function downloadFile(url: string, fileName: string, init: RequestInit = {}): Promise<void> {
  const headers = new Headers(init.headers);
  headers.set("accept-language", currentLanguage());
  const response = await fetch(url, { ...init, headers });
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    throw new ApiError(response.status, body?.error?.code ?? "unexpected", body?.error?.message ?? response.statusText);
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}
