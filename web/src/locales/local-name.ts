import { useTranslation } from "react-i18next";

/** Hubs carry a Chinese and an English name; this picks the one the person reads. */
export function useLocalName(): (chinese: string, english: string) => string {
  const { i18n } = useTranslation();
  return (chinese, english) => (i18n.language === "en" && english ? english : chinese);
}
