import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { AuthLayout } from "./AuthLayout";
import { useNextPage, withNext } from "./next-page";
import { RedirectIfLoggedIn } from "./RequireLogin";
import { useSignup } from "./session";

export function SignupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // A new account has no organisation yet, so it goes on to create or join one.
  const next = useNextPage("/start");
  const [params] = useSearchParams();
  const signup = useSignup();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      name: String(form.get("name")).trim(),
      email: String(form.get("email")).trim(),
      password: String(form.get("password")),
    };
    signup.mutate(body, { onSuccess: () => navigate(next, { replace: true }) });
  }

  return (
    <RedirectIfLoggedIn to={next}>
      <AuthLayout title={t("signup.title")}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormAlert error={signup.error} />
            <TextInput
              name="name"
              label={t("signup.name")}
              placeholder={t("signup.namePlaceholder")}
              autoComplete="name"
              withAsterisk
              error={fieldError(signup.error, "name")}
            />
            <TextInput
              name="email"
              type="email"
              label={t("signup.email")}
              autoComplete="email"
              inputMode="email"
              withAsterisk
              error={fieldError(signup.error, "email")}
            />
            <PasswordInput
              visibilityToggleButtonProps={{ "aria-label": t("common.showPassword") }}
              name="password"
              label={t("signup.password")}
              description={t("signup.passwordHint")}
              autoComplete="new-password"
              withAsterisk
              error={fieldError(signup.error, "password")}
            />
            <Button type="submit" loading={signup.isPending} fullWidth size="md">
              {t("signup.submit")}
            </Button>
          </Stack>
        </form>
        <Text size="sm" ta="center" mt="md">
          {t("signup.haveAccount")}{" "}
          <Anchor component={Link} to={withNext("/login", params.get("next"))}>
            {t("signup.login")}
          </Anchor>
        </Text>
      </AuthLayout>
    </RedirectIfLoggedIn>
  );
}
