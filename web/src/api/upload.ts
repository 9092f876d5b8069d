import { currentLanguage } from "../locales/i18n";
import { ApiError } from "./api-error";

/**
 * Posts files as multipart (the typed client sends JSON only) in the reader's language, and
 * answers the JSON body; a refusal becomes an ApiError with its field details, as the client's.
 */
export async function postFiles<T>(url: string, form: FormData): Promise<T> {
  const response = await fetch(url, { method: "POST", body: form, headers: { "accept-language": currentLanguage() } });
  const body = await response.json().catch(() => undefined);
  if (!response.ok)
    throw new ApiError(
      response.status,
      body?.error?.code ?? "unexpected",
      body?.error?.message ?? response.statusText,
      body?.error?.details ?? [],
    );
  return body as T;
}
