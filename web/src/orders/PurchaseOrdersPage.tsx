import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { formatFen } from "../locales/money";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { DayPicker } from "./DayPicker";
import { DownloadButton } from "./DownloadButton";
import { ForShopsAndSuppliers } from "./ForShopsAndSuppliers";
import { byShop, dayTotals } from "./handover";
import { PurchaseOrderCard } from "./PurchaseOrderCard";
import { downloadPickList, type PurchaseOrder, useHubDay, usePurchaseOrders } from "./queries";

/** 今日采购单: a supplier's purchase orders of a day, shop by shop, with the pick list to print. */
export function PurchaseOrdersPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  const { today } = useHubDay(organisation?.hubId ?? "");
  if (!organisation) return null;
  if (organisation.kind !== "supplier") return <ForShopsAndSuppliers title={t("purchaseOrders.title")} />;
  if (!today) return <PageLoader />;
  return <SupplierDay orgId={organisation.id} today={today} />;
}

function SupplierDay({ orgId, today }: { orgId: string; today: string }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const day = usePurchaseOrders(orgId, date);
  return (
    <Stack maw={900}>
      <Group justify="space-between" gap="xs">
        <Title order={2}>{t("purchaseOrders.title")}</Title>
        <DownloadButton download={() => downloadPickList(orgId, date)} disabled={!day.data?.length}>
          {t("purchaseOrders.pickList")}
        </DownloadButton>
      </Group>
      <Text size="sm" c="dimmed">
        {t("purchaseOrders.intro")}
      </Text>
      <DayPicker label={t("purchaseOrders.date")} value={date} today={today} onChange={setDate} />
      {day.error && <LoadFailed error={day.error} onRetry={() => day.refetch()} />}
      {day.isPending && <PageLoader />}
      {day.data && <Day orgId={orgId} purchaseOrders={day.data} />}
    </Stack>
  );
}

function Day({ orgId, purchaseOrders }: { orgId: string; purchaseOrders: PurchaseOrder[] }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  if (purchaseOrders.length === 0) return <Text c="dimmed">{t("purchaseOrders.empty")}</Text>;
  const totals = dayTotals(purchaseOrders);
  const figures = [
    { key: "units", value: String(totals.units) },
    { key: "amount", value: money(totals.totalFen) },
  ] as const;
  return (
    <>
      <Paper withBorder p="sm" radius="md">
        <Text size="sm" c="dimmed" data-testid="day-counts">
          {t("purchaseOrders.totals.day", { shops: totals.shops, purchaseOrders: totals.purchaseOrders })}
        </Text>
        <SimpleGrid cols={2} spacing="xs" mt={4}>
          {figures.map((figure) => (
            <div key={figure.key} data-testid={`day-${figure.key}`}>
              <Text size="xs" c="dimmed">
                {t(`purchaseOrders.totals.${figure.key}`)}
              </Text>
              <Text fw={700} fz={24} lh={1.3}>
                {figure.value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>
      {byShop(purchaseOrders).map((group) => (
        <Stack key={group.shopId} gap="xs" data-testid="shop-group">
          <div>
            <Title order={3} size="h4">
              {group.shopName}
            </Title>
            <Text size="xs" c="dimmed">
              {t("purchaseOrders.shopTotals", {
                count: group.purchaseOrders.length,
                units: group.units,
                amount: money(group.totalFen),
              })}
            </Text>
          </div>
          {group.purchaseOrders.map((po) => (
            <PurchaseOrderCard key={po.id} orgId={orgId} po={po} />
          ))}
        </Stack>
      ))}
    </>
  );
}
