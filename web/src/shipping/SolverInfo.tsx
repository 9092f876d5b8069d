import { SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AllocationSummary } from "./queries";

/** How the plan was found: the MILP solver or the greedy fallback, its status, gap and time. */
export function SolverInfo({ summary }: { summary: AllocationSummary }) {
  const { t, i18n } = useTranslation();
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: digits }).format(value);
  const { solver } = summary;
  const figures = [
    { key: "method", value: t(`shipping.allocation.solver.methods.${solver.method}`) },
    { key: "status", value: solver.status },
    {
      key: "gap",
      value:
        solver.gapPercent === null
          ? "—"
          : t("shipping.allocation.solver.gapValue", { gap: number(solver.gapPercent, 3) }),
    },
    { key: "seconds", value: t("shipping.allocation.solver.secondsValue", { seconds: number(summary.seconds, 2) }) },
    { key: "classes", value: String(solver.classes) },
  ] as const;
  return (
    <Stack gap="xs" data-testid="solver">
      <Text fw={600}>{t("shipping.allocation.solver.title")}</Text>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        {figures.map((figure) => (
          <div key={figure.key} data-testid={`solver-${figure.key}`}>
            <Text size="xs" c="dimmed">
              {t(`shipping.allocation.solver.${figure.key}`)}
            </Text>
            <Text size="sm" fw={500}>
              {figure.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
