import { Card, Text } from "@mantine/core";
import type { EChartsCoreOption } from "echarts/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../locales/i18n";
import { EChart } from "./EChart";
import type { LiveReport } from "./queries";
import { everyMinute } from "./report-series";

/** Orders and comments minute by minute, on the hub's clock: when the show caught fire. */
export function PerMinuteChart({
  perMinute,
  timeZone,
}: {
  perMinute: LiveReport["perMinute"];
  timeZone: string | undefined;
}) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(() => {
    const minutes = everyMinute(perMinute);
    const clock = new Intl.DateTimeFormat(currentLanguage(), {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    });
    const orders = t("live.report.perMinute.orders");
    const comments = t("live.report.perMinute.comments");
    return {
      legend: { top: 0, data: [orders, comments] },
      tooltip: { trigger: "axis" },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: "category", boundaryGap: false, data: minutes.map((m) => clock.format(new Date(m.minute))) },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        {
          name: orders,
          type: "line",
          data: minutes.map((m) => m.orders),
          itemStyle: { color: "#e03131" },
          areaStyle: { opacity: 0.15 },
        },
        { name: comments, type: "line", data: minutes.map((m) => m.comments), itemStyle: { color: "#1c7ed6" } },
      ],
    };
  }, [perMinute, timeZone, t]);
  return (
    <Card withBorder radius="md" padding="sm">
      <Text fw={600} mb="xs">
        {t("live.report.perMinute.title")}
      </Text>
      {perMinute.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("live.report.perMinute.none")}
        </Text>
      ) : (
        <EChart option={option} height={260} label={t("live.report.perMinute.title")} testId="per-minute-chart" />
      )}
    </Card>
  );
}
