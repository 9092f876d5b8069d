import { Group, SegmentedControl, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { type Bar, BarChart } from "./BarChart";
import { useCarrierName } from "./carrier-name";
import type { CarrierDay } from "./queries";

type Measure = "cost" | "parcels";

/** The day's cost per carrier (or its parcels), with its capacity and the volume tier it reached. */
export function CarrierChart({ hubId, carriers }: { hubId: string; carriers: CarrierDay[] }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const carrierName = useCarrierName(hubId);
  const [measure, setMeasure] = useState<Measure>("cost");
  const used = carriers.filter((carrier) => carrier.parcels > 0).sort((a, b) => b.costFen - a.costFen);
  const idle = carriers.filter((carrier) => carrier.parcels === 0);
  const bars: Bar[] = used.map((carrier) => {
    const name = carrierName(carrier.carrier);
    const cost = money(carrier.costFen);
    const parcels = t("shipping.parcelCount", { count: carrier.parcels });
    const notes = [
      carrier.capacity === null
        ? parcels
        : t("shipping.allocation.carriers.capacity", { count: carrier.parcels, capacity: carrier.capacity }),
      carrier.tier
        ? t("shipping.allocation.carriers.tier", {
            count: carrier.tier.minParcels,
            amount: money(carrier.tier.discountFen),
          })
        : null,
    ];
    return {
      key: carrier.carrier,
      label: name,
      value: measure === "cost" ? carrier.costFen : carrier.parcels,
      valueText: measure === "cost" ? cost : parcels,
      note: notes.filter(Boolean).join(" · "),
      color: measure === "cost" ? "blue.6" : "grape.5",
      description: t("shipping.allocation.carriers.bar", { carrier: name, cost, parcels }),
    };
  });
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <SegmentedControl
          size="xs"
          value={measure}
          onChange={(value) => setMeasure(value as Measure)}
          aria-label={t("shipping.allocation.carriers.measure")}
          data={[
            { value: "cost", label: t("shipping.allocation.carriers.cost") },
            { value: "parcels", label: t("shipping.allocation.carriers.parcels") },
          ]}
        />
      </Group>
      <BarChart
        title={t(`shipping.allocation.carriers.title.${measure}`)}
        bars={bars}
        testId="carrier-chart"
        barTestId="carrier-bar"
      />
      {idle.length > 0 && (
        <Text size="xs" c="dimmed">
          {t("shipping.allocation.carriers.idle", {
            carriers: idle.map((carrier) => carrierName(carrier.carrier)).join(i18n.language === "en" ? ", " : "、"),
          })}
        </Text>
      )}
    </Stack>
  );
}
