import { Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { OnceSecret } from "../shell/OnceSecret";
import { useInvite } from "./queries";

export function InviteForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const invite = useInvite(orgId);
  const [role, setRole] = useState<"owner" | "staff">("staff");
  const [code, setCode] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const email = String(new FormData(formElement).get("email")).trim();
    invite.mutate(
      { email: email || undefined, role },
      {
        onSuccess: (invitation) => {
          setCode(invitation.token);
          formElement.reset();
        },
      },
    );
  }

  if (code)
    return (
      <OnceSecret
        secrets={[
          { label: t("once.link"), value: `${window.location.origin}/join/${code}` },
          { label: t("once.code"), value: code },
        ]}
        onDone={() => setCode(null)}
      />
    );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert error={invite.error} />
        <Group align="flex-end" gap="xs" grow preventGrowOverflow={false}>
          <TextInput
            name="email"
            type="email"
            inputMode="email"
            label={t("settings.invitations.email")}
            description={t("settings.invitations.emailHint")}
            error={fieldError(invite.error, "email")}
            miw={200}
          />
          <Select
            label={t("settings.invitations.role")}
            data={(["staff", "owner"] as const).map((value) => ({ value, label: t(`roles.${value}`) }))}
            value={role}
            onChange={(value) => setRole(value === "owner" ? "owner" : "staff")}
            allowDeselect={false}
            maw={{ base: "100%", xs: 160 }}
            miw={120}
          />
        </Group>
        <Button type="submit" loading={invite.isPending} style={{ alignSelf: "flex-start" }}>
          {t("settings.invitations.submit")}
        </Button>
      </Stack>
    </form>
  );
}
