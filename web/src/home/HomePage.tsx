import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMe } from "../accounts/me";
import { useHubs } from "../accounts/organisations";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { HubOverview } from "./HubOverview";
import { ModuleGrid } from "./ModuleGrid";
import { MyOrganisations } from "./MyOrganisations";

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const current = useCurrentOrganisation();
  const firstHub = useHubs().data?.[0]?.id;
  // Someone with no organisation yet still sees the hub they would join.
  const hubId = current?.hubId ?? me?.operatorOf[0]?.id ?? firstHub;
  return (
    <Stack gap="xl" maw={1100}>
      <Title order={2}>{t("home.greeting", { name: me?.user.name ?? "" })}</Title>
      <HubOverview hubId={hubId} />
      <MyOrganisations />
      <ModuleGrid />
    </Stack>
  );
}
