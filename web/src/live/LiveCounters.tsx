import { Group, Paper, SimpleGrid, Text, Tooltip } from "@mantine/core";
import { IconBox, IconEye, IconHeart, IconPackage } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { LiveRoom } from "./queries";

/** The numbers an anchor glances at while talking: viewers, likes, units sold and units left. */
export function LiveCounters({ room, connected }: { room: LiveRoom; connected: boolean }) {
  const { t } = useTranslation();
  const sold = room.deals.reduce((sum, deal) => sum + deal.sold, 0);
  const left = room.deals.reduce((sum, deal) => sum + deal.left, 0);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
      <Counter
        icon={<IconEye size={18} />}
        label={t("live.counters.viewers")}
        value={room.viewers}
        testId="counter-viewers"
      >
        <Tooltip label={t(connected ? "live.counters.connected" : "live.counters.reconnecting")}>
          <span
            role="img"
            aria-label={t(connected ? "live.counters.connected" : "live.counters.reconnecting")}
            data-testid="socket-state"
            data-connected={connected}
            style={{
              width: 8,
              height: 8,
              borderRadius: 4,
              display: "inline-block",
              background: connected ? "var(--mantine-color-green-6)" : "var(--mantine-color-gray-5)",
            }}
          />
        </Tooltip>
      </Counter>
      <Counter
        icon={<IconHeart size={18} />}
        label={t("live.counters.likes")}
        value={room.likes}
        testId="counter-likes"
      />
      <Counter icon={<IconBox size={18} />} label={t("live.counters.left")} value={left} testId="counter-left" />
      <Counter icon={<IconPackage size={18} />} label={t("live.counters.sold")} value={sold} testId="counter-sold" />
    </SimpleGrid>
  );
}

function Counter({
  icon,
  label,
  value,
  testId,
  children,
}: {
  icon: ReactNode;
  label: string;
  value: number;
  testId: string;
  children?: ReactNode;
}) {
  const { i18n } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xs">
      <Group gap={6} c="dimmed">
        {icon}
        <Text size="xs">{label}</Text>
        {children}
      </Group>
      <Text fw={700} size="xl" data-testid={testId}>
        {value.toLocaleString(i18n.language)}
      </Text>
    </Paper>
  );
}
