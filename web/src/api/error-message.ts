import i18n from "../locales/i18n";
import { ApiError } from "./api-error";

/** What to tell a person about any failed request. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError && error.code !== "unexpected") return error.message;
  if (error instanceof TypeError) return i18n.t("errors.network");
  return i18n.t("errors.unknown");
}
