import { useTranslation } from "react-i18next";
import { useCarriers } from "./queries";

/** A carrier's name in the reader's language from its trade code (ZTO → 中通快递); the code until the list is read. */
export function useCarrierName(hubId: string | undefined): (code: string) => string {
  const { i18n } = useTranslation();
  const carriers = useCarriers(hubId).data ?? [];
  return (code) => {
    const carrier = carriers.find((one) => one.code === code);
    if (!carrier) return code;
    return i18n.language === "en" ? carrier.en : carrier.zh;
  };
}
