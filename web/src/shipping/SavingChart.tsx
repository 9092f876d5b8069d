import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { type Bar, BarChart } from "./BarChart";
import type { AllocationSummary } from "./queries";

/** The same parcels three ways: each shop alone, each parcel at its cheapest list price, and pooled. */
export function SavingChart({ summary }: { summary: AllocationSummary }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const aloneFen = summary.shops.reduce((sum, shop) => sum + shop.aloneFen, 0);
  const ways = [
    { key: "alone", fen: aloneFen, color: "gray.5" },
    { key: "cheapest", fen: summary.baseline.cheapestListFen, color: "yellow.6" },
    { key: "pooled", fen: summary.totalFen, color: "teal.6" },
  ] as const;
  const bars: Bar[] = ways.map((way) => {
    const label = t(`shipping.allocation.savingChart.${way.key}`);
    return {
      key: way.key,
      label,
      value: way.fen,
      valueText: money(way.fen),
      color: way.color,
      description: t("shipping.allocation.savingChart.bar", { way: label, amount: money(way.fen) }),
    };
  });
  return (
    <BarChart
      title={t("shipping.allocation.savingChart.title")}
      bars={bars}
      testId="saving-chart"
      barTestId="saving-bar"
    />
  );
}
