import { Card, Stack, Text } from "@mantine/core";
import type { EChartsCoreOption } from "echarts/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { EChart } from "./EChart";
import type { LiveReport } from "./queries";
import { shortTitle } from "./short-title";

type Product = LiveReport["products"][number];

const ROW_HEIGHT = 40;

/** One horizontal bar per product, the lineup read from the top, each bar labelled with its value. */
function barsOption(
  products: Product[],
  values: number[],
  color: string,
  unit: string,
  max?: number,
): EChartsCoreOption {
  // ECharts draws the first category at the bottom; the lineup reads from the top.
  const titles = products.map((product) => product.title).reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (value: number) => `${value}${unit}` },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    // A share reads at 0, 50 and 100%: more labels crowd a phone's width.
    xAxis: {
      type: "value",
      minInterval: 1,
      max,
      interval: max ? max / 2 : undefined,
      axisLabel: { formatter: `{value}${unit}` },
    },
    // The axis shows titles cut to fit a phone; the tooltip shows them whole.
    yAxis: { type: "category", data: titles, axisLabel: { formatter: (title: string) => shortTitle(title) } },
    series: [
      {
        type: "bar",
        data: [...values].reverse(),
        itemStyle: { color, borderRadius: [0, 4, 4, 0] },
        barMaxWidth: 22,
        label: { show: true, position: "right", formatter: `{c}${unit}` },
      },
    ],
  };
}

/** Per product: units sold, and the share of its clearance backlog those units cleared. */
export function ProductsChart({ products }: { products: Product[] }) {
  const { t } = useTranslation();
  const height = 40 + products.length * ROW_HEIGHT;
  const units = useMemo(
    () =>
      barsOption(
        products,
        products.map((p) => p.units),
        "#e8590c",
        "",
      ),
    [products],
  );
  const cleared = useMemo(
    () =>
      barsOption(
        products,
        products.map((p) => Math.round(p.backlogCleared * 1000) / 10),
        "#37b24d",
        "%",
        100,
      ),
    [products],
  );
  return (
    <Card withBorder radius="md" padding="sm">
      <Text fw={600} mb="xs">
        {t("live.report.products.title")}
      </Text>
      {products.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("live.report.products.none")}
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t("live.report.products.units")}
          </Text>
          <EChart option={units} height={height} label={t("live.report.products.units")} testId="products-chart" />
          <Text size="sm" c="dimmed">
            {t("live.report.products.clearedHint")}
          </Text>
          <EChart option={cleared} height={height} label={t("live.report.products.cleared")} testId="backlog-chart" />
        </Stack>
      )}
    </Card>
  );
}
