import { Button, Group, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { OnceSecret } from "../shell/OnceSecret";
import { useCreateApiToken } from "./queries";

export function CreateTokenForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const create = useCreateApiToken(orgId);
  const [secret, setSecret] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get("name")).trim();
    create.mutate(name, {
      onSuccess: (token) => {
        setSecret(token.token);
        formElement.reset();
      },
    });
  }

  if (secret)
    return <OnceSecret secrets={[{ label: t("once.secret"), value: secret }]} onDone={() => setSecret(null)} />;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert error={create.error} />
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            name="name"
            label={t("settings.tokens.name")}
            placeholder={t("settings.tokens.namePlaceholder")}
            error={fieldError(create.error, "name")}
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={create.isPending}>
            {t("settings.tokens.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
