import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { savingPercent } from "./chart-scale";
import type { AllocationSummary } from "./queries";

/** The day in four numbers: what the pool costs, what the shops would pay alone, the saving, the per-parcel baseline. */
export function AllocationTotals({ summary }: { summary: AllocationSummary }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const aloneFen = summary.shops.reduce((sum, shop) => sum + shop.aloneFen, 0);
  const percent = savingPercent(summary.savingFen, aloneFen);
  const overBaseline = summary.baseline.cheapestListFen - summary.totalFen;
  const figures: { key: "total" | "alone" | "saving" | "cheapest"; value: string; note: string; colour?: string }[] = [
    {
      key: "total",
      value: money(summary.totalFen),
      note: t("shipping.allocation.totals.parcels", { count: summary.allocated }),
    },
    { key: "alone", value: money(aloneFen), note: t("shipping.allocation.totals.aloneNote") },
    {
      key: "saving",
      value: money(summary.savingFen),
      note: percent === null ? "" : t("shipping.allocation.totals.savingPercent", { percent }),
      colour: summary.savingFen > 0 ? "teal" : undefined,
    },
    {
      key: "cheapest",
      value: money(summary.baseline.cheapestListFen),
      note: summary.baseline.cheapestFitsCapacity
        ? t("shipping.allocation.totals.cheapestNote", { amount: money(overBaseline) })
        : t("shipping.allocation.totals.cheapestOverCapacity"),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder p="xs" radius="md" data-testid={`allocation-${figure.key}`}>
          <Text size="xs" c="dimmed">
            {t(`shipping.allocation.totals.${figure.key}`)}
          </Text>
          <Text fw={700} fz={22} lh={1.3} c={figure.colour}>
            {figure.value}
          </Text>
          {figure.note && (
            <Text size="xs" c="dimmed">
              {figure.note}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
