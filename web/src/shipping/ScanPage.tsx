import { ScrollArea, Stack, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { errorMessage } from "../api/error-message";
import { DayPicker } from "../orders/DayPicker";
import { useHubDay } from "../orders/queries";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { beep } from "./beep";
import { ForOthers } from "./ForOthers";
import { PickupCard } from "./PickupCard";
import { usePickups, useScan } from "./queries";
import { ScanInput } from "./ScanInput";
import { type ScanEntry, ScanResultCard } from "./ScanResultCard";
import { scanFeedback } from "./scan-feedback";

const KEPT = 100;

/** 揽收扫描, for carrier stations: scan each label as the parcel is taken; the day's pickups and manifests. */
export function ScanPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  const { today } = useHubDay(organisation?.hubId ?? "");
  if (!organisation) return null;
  if (organisation.kind !== "carrier_station")
    return <ForOthers title={t("shipping.scan.title")} text={t("shipping.scan.forOthers")} />;
  if (!today) return <PageLoader />;
  return <Station orgId={organisation.id} hubId={organisation.hubId} today={today} />;
}

function Station({ orgId, hubId, today }: { orgId: string; hubId: string; today: string }) {
  const { t } = useTranslation();
  const scan = useScan(orgId);
  const [entries, setEntries] = useState<ScanEntry[]>([]);
  const count = useRef(0);

  async function onScan(trackingNumber: string) {
    count.current += 1;
    const id = count.current;
    let entry: ScanEntry;
    try {
      const result = await scan.mutateAsync(trackingNumber);
      entry = { id, trackingNumber: result.trackingNumber, result };
      beep(scanFeedback(result.outcome).tone);
    } catch (error) {
      entry = { id, trackingNumber, error: errorMessage(error) };
      beep(scanFeedback("unknown").tone);
    }
    setEntries((old) => [entry, ...old].slice(0, KEPT));
  }

  return (
    <Stack maw={900} gap="md">
      <div>
        <Title order={2}>{t("shipping.scan.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("shipping.scan.intro")}
        </Text>
      </div>
      <ScanInput onScan={onScan} />
      <Stack gap={6}>
        <Text fw={600}>{t("shipping.scan.recent")}</Text>
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("shipping.scan.noScans")}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420} type="auto" data-testid="scan-log">
            <Stack gap={6}>
              {entries.map((entry, i) => (
                <ScanResultCard key={entry.id} hubId={hubId} entry={entry} latest={i === 0} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Stack>
      <Pickups orgId={orgId} hubId={hubId} today={today} />
    </Stack>
  );
}

function Pickups({ orgId, hubId, today }: { orgId: string; hubId: string; today: string }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const pickups = usePickups(orgId, date);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t("shipping.scan.pickups")}
      </Title>
      <DayPicker label={t("shipping.scan.date")} value={date} today={today} onChange={setDate} />
      {pickups.error && <LoadFailed error={pickups.error} onRetry={() => pickups.refetch()} />}
      {pickups.isPending && <PageLoader />}
      {pickups.data?.length === 0 && <Text c="dimmed">{t("shipping.scan.noPickups")}</Text>}
      {pickups.data?.map((pickup) => (
        <PickupCard key={pickup.carrier} hubId={hubId} orgId={orgId} date={date} pickup={pickup} />
      ))}
    </Stack>
  );
}
