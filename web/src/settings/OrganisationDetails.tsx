import { Badge, Button, Group, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { MyOrganisation } from "../accounts/me";
import { fieldError } from "../api/api-error";
import { useLocalName } from "../locales/local-name";
import { FormAlert } from "../shell/FormAlert";
import { useRenameOrganisation } from "./queries";
import { Section } from "./Section";

export function OrganisationDetails({ organisation }: { organisation: MyOrganisation }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const rename = useRenameOrganisation(organisation.id);
  const isOwner = organisation.role === "owner";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name")).trim();
    rename.mutate(name, {
      onSuccess: () => notifications.show({ color: "teal", message: t("settings.profile.renamed") }),
    });
  }

  return (
    <Section title={t("settings.profile.title")}>
      <Group gap="xs">
        <Badge variant="light">{t(`kinds.${organisation.kind}`)}</Badge>
        <Text size="sm" c="dimmed">
          {localName(organisation.hubName, organisation.hubNameEn)} ·{" "}
          {t("settings.profile.yourRole", { role: t(`roles.${organisation.role}`) })}
        </Text>
      </Group>
      <form onSubmit={submit} noValidate>
        <FormAlert error={rename.error} />
        <Group align="flex-end" gap="xs" mt={rename.error ? "sm" : 0} wrap="nowrap">
          <TextInput
            name="name"
            label={t("settings.profile.name")}
            defaultValue={organisation.name}
            disabled={!isOwner}
            description={isOwner ? undefined : t("settings.profile.ownerOnly")}
            error={fieldError(rename.error, "name")}
            style={{ flex: 1 }}
          />
          {isOwner && (
            <Button type="submit" loading={rename.isPending}>
              {t("common.save")}
            </Button>
          )}
        </Group>
      </form>
    </Section>
  );
}
