import { Button, Chip, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconFileImport, IconPencilPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { useOrderSettings } from "../hub/queries";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { ForShopsAndSuppliers } from "./ForShopsAndSuppliers";
import { LINE_FILTERS, type LineFilter, openLines } from "./line-status";
import { OrderCard } from "./OrderCard";
import { useHubDay, useOpenOrders, useOrders } from "./queries";

/** 订单: a shop's orders with what is covered, what waits for stock and what is on a purchase order. */
export function OrdersPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  if (!organisation) return null;
  if (organisation.kind === "supplier") return <Navigate to="/purchase-orders" replace />;
  if (organisation.kind !== "shop") return <ForShopsAndSuppliers title={t("orders.title")} />;
  return <ShopOrders orgId={organisation.id} hubId={organisation.hubId} />;
}

function ShopOrders({ orgId, hubId }: { orgId: string; hubId: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<LineFilter>("all");
  const cutoffTime = useOrderSettings(hubId).data?.cutoffTime;
  return (
    <Stack maw={900}>
      <Group justify="space-between" gap="xs">
        <Title order={2}>{t("orders.title")}</Title>
        <Group gap="xs">
          <Button component={Link} to="/orders/new" variant="default" leftSection={<IconPencilPlus size={18} />}>
            {t("orders.new")}
          </Button>
          <Button component={Link} to="/orders/import" leftSection={<IconFileImport size={18} />}>
            {t("orders.import")}
          </Button>
        </Group>
      </Group>
      {cutoffTime && (
        <Text size="sm" c="dimmed">
          {t("orders.cutoffAt", { time: cutoffTime })}
        </Text>
      )}
      <OpenTotals orgId={orgId} />
      <Chip.Group value={filter} onChange={(value) => setFilter(value as LineFilter)}>
        <Group gap="xs" role="group" aria-label={t("orders.filterLabel")}>
          {LINE_FILTERS.map((option) => (
            <Chip key={option} value={option} size="sm">
              {t(`orders.filters.${option}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <OrderList key={filter} orgId={orgId} hubId={hubId} filter={filter} />
    </Stack>
  );
}

/** The two numbers a seller looks at first: lines covered and waiting for the cut-off, lines waiting for stock. */
function OpenTotals({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const open = useOpenOrders(orgId);
  const counts = open.data ? openLines(open.data) : undefined;
  const figures = [
    { key: "covered", colour: "teal", count: counts?.covered, units: counts?.coveredUnits },
    { key: "backordered", colour: "orange", count: counts?.backordered, units: counts?.backorderedUnits },
  ] as const;
  return (
    <SimpleGrid cols={2} spacing="xs">
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder p="sm" radius="md" data-testid={`total-${figure.key}`}>
          <Text size="xs" c="dimmed" fw={500}>
            {t(`orders.totals.${figure.key}`)}
          </Text>
          <Text fz={28} fw={700} lh={1.3} c={figure.colour}>
            {figure.count ?? "–"}
          </Text>
          {figure.count !== undefined && (
            <Text size="xs" c="dimmed">
              {t("orders.totals.lines", { count: figure.count, units: figure.units })}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function OrderList({ orgId, hubId, filter }: { orgId: string; hubId: string; filter: LineFilter }) {
  const { t } = useTranslation();
  const pages = useOrders(orgId, filter);
  const { timeZone } = useHubDay(hubId);
  const orders = pages.data?.pages.flat() ?? [];
  if (pages.error) return <LoadFailed error={pages.error} onRetry={() => pages.refetch()} />;
  if (pages.isPending) return <PageLoader />;
  return (
    <Stack gap="sm">
      {orders.length === 0 && <Text c="dimmed">{filter === "all" ? t("orders.empty") : t("orders.emptyFilter")}</Text>}
      {orders.map((order) => (
        <OrderCard key={order.id} orgId={orgId} order={order} timeZone={timeZone} />
      ))}
      {pages.hasNextPage && (
        <Button variant="light" onClick={() => pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t("orders.more")}
        </Button>
      )}
    </Stack>
  );
}
