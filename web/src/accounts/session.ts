import { useMutation, useQueryClient } from "@tanstack/react-query";
import { unwrap } from "../api/api-error";
import { api } from "../api/client";
import { currentLanguage } from "../locales/i18n";
import { meQuery } from "./me";

type LoginForm = { email: string; password: string };
type SignupForm = LoginForm & { name: string };

// The next page reads `me` straight away, so it is fetched before the mutation settles.
function useRefreshMe() {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
}

export function useLogin() {
  const refreshMe = useRefreshMe();
  return useMutation({
    mutationFn: (form: LoginForm) => unwrap(api.POST("/api/auth/login", { body: form })),
    onSuccess: refreshMe,
    meta: { inForm: true },
  });
}

export function useSignup() {
  const refreshMe = useRefreshMe();
  return useMutation({
    mutationFn: (form: SignupForm) =>
      unwrap(api.POST("/api/auth/signup", { body: { ...form, locale: currentLanguage() } })),
    onSuccess: refreshMe,
    meta: { inForm: true },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/auth/logout")),
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, null);
    },
  });
}
