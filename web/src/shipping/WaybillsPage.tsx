import { Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { DayPicker } from "../orders/DayPicker";
import { useHubDay } from "../orders/queries";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { CarrierPreferenceForm } from "./CarrierPreferenceForm";
import { ForOthers } from "./ForOthers";
import { PrintLabels } from "./PrintLabels";
import { useCarrierPreference, useWaybills } from "./queries";
import { SavingShareCard } from "./SavingShareCard";
import { WaybillRow } from "./WaybillRow";

/** 面单: a shop's or supplier's parcels of a day with carrier, tracking number and price, and every label in one PDF. */
export function WaybillsPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  const { today } = useHubDay(organisation?.hubId ?? "");
  if (!organisation) return null;
  const side = organisation.kind;
  if (side !== "shop" && side !== "supplier")
    return <ForOthers title={t("shipping.waybills.title")} text={t("shipping.waybills.forOthers")} />;
  if (!today) return <PageLoader />;
  return <Waybills orgId={organisation.id} hubId={organisation.hubId} isShop={side === "shop"} today={today} />;
}

function Waybills({ orgId, hubId, isShop, today }: { orgId: string; hubId: string; isShop: boolean; today: string }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const day = useWaybills(orgId, date);
  const parcels = day.data?.parcels ?? [];
  const labelled = parcels.filter((parcel) => parcel.trackingNumber).length;
  return (
    <Stack maw={900} gap="md">
      <div>
        <Title order={2}>{t("shipping.waybills.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("shipping.waybills.intro")}
        </Text>
      </div>
      <Group align="flex-end" justify="space-between" gap="sm">
        <DayPicker label={t("shipping.waybills.date")} value={date} today={today} onChange={setDate} />
        <PrintLabels orgId={orgId} date={date} disabled={labelled === 0} onPrinted={() => day.refetch()} />
      </Group>
      {day.error && <LoadFailed error={day.error} onRetry={() => day.refetch()} />}
      {day.isPending && <PageLoader />}
      {isShop && parcels.length > 0 && <SavingShareCard share={day.data?.share ?? null} />}
      {day.data && parcels.length === 0 && <Text c="dimmed">{t("shipping.waybills.empty")}</Text>}
      {parcels.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="waybill-count">
          {labelled < parcels.length
            ? t("shipping.waybills.waiting", { count: parcels.length, waiting: parcels.length - labelled })
            : t("shipping.waybills.count", { count: parcels.length })}
        </Text>
      )}
      <Stack gap="xs">
        {parcels.map((parcel) => (
          <WaybillRow key={parcel.parcelId} hubId={hubId} parcel={parcel} />
        ))}
      </Stack>
      {isShop && (
        <Card withBorder>
          <Preference orgId={orgId} hubId={hubId} />
        </Card>
      )}
    </Stack>
  );
}

function Preference({ orgId, hubId }: { orgId: string; hubId: string }) {
  const preference = useCarrierPreference(orgId);
  if (preference.error) return <LoadFailed error={preference.error} onRetry={() => preference.refetch()} />;
  if (!preference.data) return <PageLoader />;
  return <CarrierPreferenceForm orgId={orgId} hubId={hubId} saved={preference.data.carriers} />;
}
