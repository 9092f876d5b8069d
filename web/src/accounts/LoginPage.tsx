import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { AuthLayout } from "./AuthLayout";
import { useNextPage, withNext } from "./next-page";
import { RedirectIfLoggedIn } from "./RequireLogin";
import { useLogin } from "./session";

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const next = useNextPage("/");
  const [params] = useSearchParams();
  const login = useLogin();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { email: String(form.get("email")).trim(), password: String(form.get("password")) };
    login.mutate(body, { onSuccess: () => navigate(next, { replace: true }) });
  }

  return (
    <RedirectIfLoggedIn to={next}>
      <AuthLayout title={t("login.title")}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormAlert error={login.error} />
            <TextInput
              name="email"
              type="email"
              label={t("login.email")}
              autoComplete="email"
              inputMode="email"
              withAsterisk
              error={fieldError(login.error, "email")}
            />
            <PasswordInput
              visibilityToggleButtonProps={{ "aria-label": t("common.showPassword") }}
              name="password"
              label={t("login.password")}
              autoComplete="current-password"
              withAsterisk
              error={fieldError(login.error, "password")}
            />
            <Button type="submit" loading={login.isPending} fullWidth size="md">
              {t("login.submit")}
            </Button>
          </Stack>
        </form>
        <Text size="sm" ta="center" mt="md">
          {t("login.noAccount")}{" "}
          <Anchor component={Link} to={withNext("/signup", params.get("next"))}>
            {t("login.signup")}
          </Anchor>
        </Text>
        <Text size="xs" c="dimmed" ta="center" mt="xs">
          {t("login.demo")}
        </Text>
      </AuthLayout>
    </RedirectIfLoggedIn>
  );
}
