import { Card, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../accounts/me";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { useLocalName } from "../locales/local-name";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { CutoffNow } from "./CutoffNow";
import { OrderSettingsForm } from "./OrderSettingsForm";
import { useHubSummary, useOrderSettings } from "./queries";

/** 截单设置, for hub operators: the daily cut-off time, who carries the goods, and cutting off now. */
export function OrderSettingsPage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const hubs = useMe().data?.operatorOf ?? [];
  const current = useCurrentOrganisation();
  const [chosenHub, setChosenHub] = useState<string | null>(null);
  const hubId = chosenHub ?? hubs.find((hub) => hub.id === current?.hubId)?.id ?? hubs[0]?.id;
  const timeZone = useHubSummary(hubId).data?.timeZone ?? "";

  if (!hubId) return <Text>{t("orderSettings.notOperator")}</Text>;
  return (
    <Stack maw={760} gap="md">
      <div>
        <Title order={2}>{t("orderSettings.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("orderSettings.intro", { timeZone })}
        </Text>
      </div>
      {hubs.length > 1 && (
        <Select
          label={t("orderSettings.hub")}
          data={hubs.map((hub) => ({ value: hub.id, label: localName(hub.name, hub.nameEn) }))}
          value={hubId}
          onChange={setChosenHub}
          allowDeselect={false}
        />
      )}
      <Card withBorder>
        <CutoffNow key={hubId} hubId={hubId} />
      </Card>
      <Card withBorder>
        <Settings key={hubId} hubId={hubId} />
      </Card>
    </Stack>
  );
}

function Settings({ hubId }: { hubId: string }) {
  const settings = useOrderSettings(hubId);
  if (settings.error) return <LoadFailed error={settings.error} onRetry={() => settings.refetch()} />;
  if (!settings.data) return <PageLoader />;
  return <OrderSettingsForm hubId={hubId} saved={settings.data} />;
}
