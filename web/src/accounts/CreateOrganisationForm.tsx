import { Button, Select, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { fieldError } from "../api/api-error";
import { useLocalName } from "../locales/local-name";
import { FormAlert } from "../shell/FormAlert";
import { KindPicker } from "./KindPicker";
import { type OrgKind, useCreateOrganisation, useHubs } from "./organisations";

export function CreateOrganisationForm() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const navigate = useNavigate();
  const hubs = useHubs().data ?? [];
  const [hubId, setHubId] = useState<string | null>(null);
  const [kind, setKind] = useState<OrgKind>("shop");
  const create = useCreateOrganisation();
  const chosenHub = hubId ?? hubs[0]?.id ?? "";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name")).trim();
    create.mutate(
      { hubId: chosenHub, kind, name },
      {
        onSuccess: (organisation) => {
          notifications.show({ color: "teal", message: t("start.created", { name: organisation.name }) });
          navigate("/");
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={create.error} />
        <Select
          label={t("start.hub")}
          data={hubs.map((hub) => ({ value: hub.id, label: localName(hub.name, hub.nameEn) }))}
          value={chosenHub || null}
          onChange={setHubId}
          allowDeselect={false}
          error={fieldError(create.error, "hubId")}
        />
        <KindPicker value={kind} onChange={setKind} error={fieldError(create.error, "kind")} />
        <TextInput
          name="name"
          label={t("start.name")}
          placeholder={t("start.namePlaceholder")}
          withAsterisk
          error={fieldError(create.error, "name")}
        />
        <Button type="submit" loading={create.isPending} size="md">
          {t("start.submitCreate")}
        </Button>
      </Stack>
    </form>
  );
}
