import { Badge, Card, Divider, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../locales/format";
import { formatFen } from "../locales/money";
import { OrderLineRow } from "./OrderLineRow";
import type { Order } from "./queries";

const PLATFORMS = ["taobao", "shopify", "manual", "api"] as const;

/** One buyer order: where it came from, who gets it, and each line with its state. */
export function OrderCard({ orgId, order, timeZone }: { orgId: string; order: Order; timeZone: string | undefined }) {
  const { t, i18n } = useTranslation();
  const platform = PLATFORMS.find((known) => known === order.platform);
  return (
    <Card withBorder padding="sm" data-testid="order">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap={6} style={{ minWidth: 0 }}>
            <Badge variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
              {platform ? t(`orders.order.platforms.${platform}`) : order.platform}
            </Badge>
            <Text size="sm" fw={600} ff="monospace" style={{ wordBreak: "break-all" }}>
              {t("orders.order.number", { number: order.platformOrderNumber })}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {formatDateTime(order.placedAt, timeZone)}
          </Text>
        </Group>
        <div>
          <Text size="sm">
            {order.buyerName} · {order.phone}
          </Text>
          <Text size="xs" c="dimmed">
            {order.address}
          </Text>
        </div>
        {order.lines.map((line) => (
          <Stack key={line.id} gap="xs">
            <Divider />
            <OrderLineRow orgId={orgId} line={line} />
          </Stack>
        ))}
        {order.totalFen !== null && (
          <Text size="sm" ta="right" fw={500}>
            {t("orders.order.total", { amount: formatFen(order.totalFen, i18n.language) })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
