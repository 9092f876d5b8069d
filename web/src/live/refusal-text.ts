import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-message";
import type { Refusal } from "./buy-refusal";

/** A refusal as the buyer reads it: 已抢光, 每人限购 3 件, 秒杀还没开始, 秒杀已结束, or the server's message. */
export function useRefusalText() {
  const { t } = useTranslation();
  return (refusal: Refusal) =>
    refusal.key === "other"
      ? errorMessage(refusal.error)
      : refusal.key === "overLimit"
        ? t("live.buy.refused.overLimit", { count: refusal.limit })
        : t(`live.buy.refused.${refusal.key}`);
}
