import { Badge, Button, Card, Group, Stack, Text, ThemeIcon } from "@mantine/core";
import {
  IconArchive,
  IconPackage,
  IconPackageOff,
  IconTrendingDown,
  IconTrendingUp,
  IconTruckOff,
  type TablerIcon,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../locales/format";
import { ALERT_COLOURS, costMove, opensProduct } from "./alert-look";
import type { Alert } from "./queries";

const ICONS: Record<Alert["kind"], TablerIcon> = {
  price_changed: IconTrendingUp,
  out_of_stock: IconPackageOff,
  back_in_stock: IconPackage,
  archived: IconArchive,
  short_shipped: IconTruckOff,
};

/** One alert: what happened (in the server's words, in the reader's language), when, and the product. */
export function AlertCard({ alert, onRead, reading }: { alert: Alert; onRead: () => void; reading: boolean }) {
  const { t } = useTranslation();
  const unread = alert.readAt === null;
  const colour = ALERT_COLOURS[alert.kind];
  const Icon = costMove(alert) === "down" ? IconTrendingDown : ICONS[alert.kind];
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="alert"
      data-unread={unread}
      bg={unread ? "orange.0" : undefined}
      style={unread ? { borderLeft: "4px solid var(--mantine-color-orange-6)" } : undefined}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ThemeIcon variant="light" color={colour} radius="xl" size="lg" style={{ flexShrink: 0 }}>
          <Icon size={20} />
        </ThemeIcon>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap="xs">
            <Group gap={6}>
              <Text size="xs" fw={700} c={`${colour}.8`}>
                {t(`sourcing.alerts.kinds.${alert.kind}`)}
              </Text>
              {unread && (
                <Badge size="xs" color="red" variant="filled">
                  {t("sourcing.alerts.new")}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {formatDateTime(alert.createdAt)}
            </Text>
          </Group>
          <Text size="sm" fw={unread ? 600 : 400}>
            {alert.message}
          </Text>
          <Group gap="xs">
            {opensProduct(alert.kind) && (
              <Button
                component={Link}
                to={`/catalog/${alert.productId}`}
                size="compact-sm"
                variant="light"
                onClick={() => unread && onRead()}
              >
                {t("sourcing.alerts.open")}
              </Button>
            )}
            {unread && (
              <Button size="compact-sm" variant="subtle" color="gray" onClick={onRead} loading={reading}>
                {t("sourcing.alerts.markRead")}
              </Button>
            )}
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}
