import { Box, Group, Stack, Text } from "@mantine/core";
import { barPercents } from "./chart-scale";

export type Bar = {
  key: string;
  label: string;
  value: number;
  /** The value as people read it (¥123.45, 50 票). */
  valueText: string;
  /** A line under the bar (capacity, the tier reached). */
  note?: string;
  /** A Mantine colour ("teal.6"). */
  color?: string;
  /** The whole bar in words, for screen readers and the tooltip. */
  description: string;
};

/**
 * A horizontal bar chart in plain HTML and CSS: one row per bar with its label, value and a
 * bar whose length is its value against the largest. Each row is a list item named in words,
 * so a screen reader reads the numbers, not the shapes.
 */
export function BarChart({
  title,
  bars,
  testId,
  barTestId,
}: {
  title: string;
  bars: Bar[];
  testId: string;
  barTestId: string;
}) {
  const percents = barPercents(bars.map((bar) => bar.value));
  return (
    <Box component="figure" m={0} data-testid={testId} aria-label={title}>
      <Text component="figcaption" fw={600} mb="xs">
        {title}
      </Text>
      <Stack component="ul" gap={10} m={0} p={0} style={{ listStyle: "none" }}>
        {bars.map((bar, i) => (
          <li
            key={bar.key}
            aria-label={bar.description}
            title={bar.description}
            data-testid={barTestId}
            data-key={bar.key}
            data-value={bar.value}
          >
            <Group justify="space-between" gap="xs" wrap="nowrap" aria-hidden>
              <Text size="sm" truncate>
                {bar.label}
              </Text>
              <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
                {bar.valueText}
              </Text>
            </Group>
            <Box h={14} bg="gray.1" style={{ borderRadius: 4, overflow: "hidden" }} aria-hidden>
              <Box
                h="100%"
                w={`${percents[i] ?? 0}%`}
                bg={bar.color ?? "blue.6"}
                style={{ borderRadius: 4, transition: "width 300ms ease" }}
              />
            </Box>
            {bar.note && (
              <Text size="xs" c="dimmed" mt={2} aria-hidden>
                {bar.note}
              </Text>
            )}
          </li>
        ))}
      </Stack>
    </Box>
  );
}
