import { Box } from "@mantine/core";
import type { EChartsCoreOption } from "echarts/core";
import { useEffect, useRef } from "react";
import { echarts } from "./echarts-setup";

/**
 * An Apache ECharts chart that follows its container's width (a phone turned sideways, a
 * window resized). ECharts' aria option describes the data in words for screen readers.
 */
export function EChart({
  option,
  height,
  label,
  testId,
}: {
  option: EChartsCoreOption;
  height: number;
  label: string;
  testId: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: "svg" });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, animation: false, ...option }, true);
  }, [option]);

  return <Box ref={element} h={height} w="100%" role="img" aria-label={label} data-testid={testId} />;
}
