import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import type { LiveReport } from "./queries";

type Figures = LiveReport["figures"];
type FigureKey =
  | "gmv"
  | "orders"
  | "units"
  | "conversion"
  | "peakViewers"
  | "uniqueViewers"
  | "comments"
  | "likes"
  | "duration";

/** The show in numbers: viewers, comments, orders, units, GMV and conversion. */
export function ReportFigures({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const count = (value: number) => value.toLocaleString(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 });
  const cells: [key: FigureKey, value: string, note?: string][] = [
    [
      "gmv",
      formatFen(figures.gmvFen, i18n.language),
      t("live.report.paidGmv", { amount: formatFen(figures.paidGmvFen, i18n.language) }),
    ],
    ["orders", count(figures.orders), t("live.report.paidOrders", { count: figures.paidOrders })],
    ["units", count(figures.units)],
    ["conversion", percent.format(figures.conversion), t("live.report.buyers", { count: figures.buyers })],
    ["peakViewers", count(figures.peakViewers)],
    ["uniqueViewers", count(figures.uniqueViewers)],
    ["comments", count(figures.comments)],
    ["likes", count(figures.likes)],
    ["duration", t("live.report.minutes", { count: figures.durationMinutes })],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="xs">
      {cells.map(([key, value, note]) => (
        <Paper key={key} withBorder radius="md" p="sm" data-testid={`figure-${key}`}>
          <Text size="xs" c="dimmed">
            {t(`live.report.figures.${key}`)}
          </Text>
          <Text fw={700} size="xl" c={key === "gmv" ? "red.7" : undefined} data-testid="figure-value">
            {value}
          </Text>
          {note && (
            <Text size="xs" c="dimmed">
              {note}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
