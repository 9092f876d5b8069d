import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { fieldError } from "../api/api-error";
import { useLocalName } from "../locales/local-name";
import { FormAlert } from "../shell/FormAlert";
import { useAcceptInvitation, useInvitationPreview } from "./organisations";

// People paste whatever arrived in WeChat: the bare code or the whole link ending in /join/<code>.
function invitationCode(pasted: string): string {
  const trimmed = pasted.trim();
  return trimmed.match(/\/join\/([^/?#\s]+)/)?.[1] ?? trimmed;
}

export function JoinOrganisationForm({ code }: { code?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const [pasted, setPasted] = useState(code ?? "");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    accept.mutate(invitationCode(pasted), {
      onSuccess: ({ organisation }) => {
        notifications.show({ color: "teal", message: t("start.joined", { name: organisation.name }) });
        navigate("/");
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={accept.error} />
        <InvitationPreview token={invitationCode(pasted)} />
        <TextInput
          name="code"
          label={t("start.code")}
          description={t("start.codeHint")}
          value={pasted}
          onChange={(event) => setPasted(event.currentTarget.value)}
          withAsterisk
          autoComplete="off"
          error={fieldError(accept.error, "token")}
        />
        <Button type="submit" loading={accept.isPending} size="md">
          {t("start.submitJoin")}
        </Button>
      </Stack>
    </form>
  );
}

function InvitationPreview({ token }: { token: string }) {
  const { t } = useTranslation();
  const preview = useInvitationPreview(token);
  const localName = useLocalName();
  if (!preview.data) return null;
  const { organisation, hubName, hubNameEn, role, invitedBy } = preview.data;
  return (
    <Alert color="teal" data-testid="invitation-preview">
      {t("start.invitationPreview", {
        inviter: invitedBy,
        role: t(`roles.${role}`),
        hub: localName(hubName, hubNameEn),
        kind: t(`kinds.${organisation.kind}`),
        name: organisation.name,
      })}
    </Alert>
  );
}
