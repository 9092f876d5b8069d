import { Group, Paper, Progress, Text } from "@mantine/core";
import { IconFileTypeCsv } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { DownloadButton } from "../orders/DownloadButton";
import { useCarrierName } from "./carrier-name";
import { downloadManifest, type Pickup } from "./queries";

/** One carrier the station collects for: the day's parcels, how many are scanned, and the manifest. */
export function PickupCard({
  hubId,
  orgId,
  date,
  pickup,
}: {
  hubId: string;
  orgId: string;
  date: string;
  pickup: Pickup;
}) {
  const { t } = useTranslation();
  const carrierName = useCarrierName(hubId);
  const done = pickup.parcels > 0 && pickup.collected >= pickup.parcels;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="pickup" data-carrier={pickup.carrier}>
      <Group justify="space-between" gap="xs" mb={6}>
        <Text fw={700}>{carrierName(pickup.carrier)}</Text>
        <Text size="sm" fw={600} c={done ? "teal" : undefined} data-testid="pickup-progress">
          {t("shipping.scan.progress", { collected: pickup.collected, parcels: pickup.parcels })}
        </Text>
      </Group>
      <Progress
        value={pickup.parcels === 0 ? 0 : (pickup.collected / pickup.parcels) * 100}
        color={done ? "teal" : "blue"}
        size="lg"
        radius="sm"
        aria-label={t("shipping.scan.progress", { collected: pickup.collected, parcels: pickup.parcels })}
      />
      <Group gap="xs" mt="sm">
        <DownloadButton
          variant="default"
          size="xs"
          disabled={pickup.parcels === 0}
          download={() => downloadManifest(orgId, pickup.carrier, date, "pdf")}
        >
          {t("shipping.scan.manifestPdf")}
        </DownloadButton>
        <DownloadButton
          variant="default"
          size="xs"
          leftSection={<IconFileTypeCsv size={16} />}
          disabled={pickup.parcels === 0}
          download={() => downloadManifest(orgId, pickup.carrier, date, "csv")}
        >
          {t("shipping.scan.manifestCsv")}
        </DownloadButton>
      </Group>
    </Paper>
  );
}
