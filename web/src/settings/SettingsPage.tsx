import { Button, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { ApiTokensSection } from "./ApiTokensSection";
import { InvitationsSection } from "./InvitationsSection";
import { MembersSection } from "./MembersSection";
import { OrganisationDetails } from "./OrganisationDetails";

export function SettingsPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  if (!organisation)
    return (
      <Stack align="flex-start">
        <Title order={2}>{t("settings.title")}</Title>
        <Text>{t("settings.noOrganisation")}</Text>
        <Button component={Link} to="/start">
          {t("switcher.createOrJoin")}
        </Button>
      </Stack>
    );
  const isOwner = organisation.role === "owner";
  // Keyed by organisation so switching never shows one organisation's form state under another's name.
  return (
    <Stack maw={760} gap="lg" key={organisation.id}>
      <Title order={2}>{t("settings.title")}</Title>
      <OrganisationDetails organisation={organisation} />
      <MembersSection orgId={organisation.id} isOwner={isOwner} />
      {isOwner && <InvitationsSection orgId={organisation.id} />}
      <ApiTokensSection orgId={organisation.id} />
    </Stack>
  );
}
