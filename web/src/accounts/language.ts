import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { unwrap } from "../api/api-error";
import { api } from "../api/client";
import { changeLanguage, currentLanguage, type Language, storedLanguage } from "../locales/i18n";
import { meQuery, useMe } from "./me";

/** Switches the language on this device and, when someone is logged in, on their account. */
export function useSaveLanguage() {
  const queryClient = useQueryClient();
  const me = useMe().data;
  const saveOnAccount = useMutation({
    mutationFn: (locale: Language) => unwrap(api.PATCH("/api/me", { body: { locale } })),
    onSuccess: () => queryClient.invalidateQueries(meQuery),
  });
  return async (language: Language) => {
    await changeLanguage(language);
    if (me && me.user.locale !== language) saveOnAccount.mutate(language);
  };
}

/** On a device where nobody picked a language yet, the account's language applies. */
export function useAccountLanguage(): void {
  const locale = useMe().data?.user.locale;
  useEffect(() => {
    if (locale && !storedLanguage() && locale !== currentLanguage()) void changeLanguage(locale);
  }, [locale]);
}
