import { Group, Paper, Text } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useCarrierName } from "./carrier-name";
import { formatKg } from "./format";
import type { ScanResult } from "./queries";
import { scanFeedback } from "./scan-feedback";

export type ScanEntry = { id: number; trackingNumber: string; result?: ScanResult; error?: string };

const ICONS = { green: IconCircleCheck, yellow: IconAlertTriangle, red: IconCircleX };

/** One scan as the counter sees it: green taken, yellow scanned before, red not ours; the newest one large. */
export function ScanResultCard({ hubId, entry, latest }: { hubId: string; entry: ScanEntry; latest: boolean }) {
  const { t, i18n } = useTranslation();
  const carrierName = useCarrierName(hubId);
  const { result } = entry;
  const color = result ? scanFeedback(result.outcome).color : "red";
  const Icon = ICONS[color];
  const shade = color === "yellow" ? "yellow.7" : `${color}.7`;
  const parcel = result?.parcel;
  return (
    <Paper
      withBorder
      p={latest ? "md" : "xs"}
      radius="md"
      bg={`${color}.0`}
      style={{ borderLeft: `6px solid var(--mantine-color-${color}-6)` }}
      data-testid="scan-result"
      data-outcome={result?.outcome ?? "error"}
      data-color={color}
      role={latest ? "status" : undefined}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Icon size={latest ? 32 : 20} color={`var(--mantine-color-${color}-7)`} style={{ flexShrink: 0 }} />
        <div style={{ minWidth: 0 }}>
          <Text fw={700} size={latest ? "lg" : "sm"} c={shade} data-testid="scan-outcome">
            {result ? t(`shipping.scan.outcome.${result.outcome}`) : entry.error}
          </Text>
          <Text ff="monospace" size={latest ? "md" : "sm"} fw={600}>
            {entry.trackingNumber}
          </Text>
          {parcel && (
            <Text size="xs" c="dimmed">
              {t("shipping.scan.detail", {
                carrier: carrierName(parcel.carrier),
                place: `${parcel.province}${parcel.city}`,
                kg: formatKg(parcel.weightGrams, i18n.language),
              })}
            </Text>
          )}
          {parcel && result?.progress && (
            <Text size="xs" c="dimmed">
              {t("shipping.scan.progressAfter", {
                carrier: carrierName(parcel.carrier),
                collected: result.progress.collected,
                total: result.progress.total,
              })}
            </Text>
          )}
        </div>
      </Group>
    </Paper>
  );
}
