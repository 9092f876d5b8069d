import { Badge, Button, Card, Divider, Group, Stack, Stepper, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { DownloadButton } from "./DownloadButton";
import { canShortShip, linesByBuyer, nextStatus, PO_COLOURS, type PoLine, STEPS, stepIndex } from "./handover";
import { PoLineRow } from "./PoLineRow";
import { downloadPurchaseOrder, type PurchaseOrder, useAdvancePurchaseOrder } from "./queries";
import { ShortShipDialog } from "./ShortShipDialog";

/** One purchase order to fill: how it is handed over, how far it got, its lines (by buyer for 代发), and the next step. */
export function PurchaseOrderCard({ orgId, po }: { orgId: string; po: PurchaseOrder }) {
  const { t, i18n } = useTranslation();
  const advance = useAdvancePurchaseOrder(orgId);
  const [shorting, setShorting] = useState<PoLine | null>(null);
  const next = nextStatus(po);
  const shortable = canShortShip(po.status);
  const line = (poLine: PoLine) => (
    <PoLineRow key={poLine.orderLineId} line={poLine} onShort={shortable ? () => setShorting(poLine) : undefined} />
  );
  return (
    <Card withBorder padding="sm" data-testid="purchase-order" data-status={po.status}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text fw={700} ff="monospace">
            {po.number}
          </Text>
          <Group gap={6}>
            <Badge variant="outline" color={po.mode === "dropship" ? "indigo" : "cyan"} radius="sm">
              {t(`purchaseOrders.modes.${po.mode}`)}
            </Badge>
            <Badge variant="light" color={PO_COLOURS[po.status]} radius="sm" data-testid="po-status">
              {t(`purchaseOrders.status.${po.status}`)}
            </Badge>
          </Group>
        </Group>
        <Stepper active={stepIndex(po) + 1} size="xs" iconSize={22} allowNextStepsSelect={false}>
          {STEPS[po.mode].map((step) => (
            <Stepper.Step key={step} label={t(`purchaseOrders.steps.${step}`)} />
          ))}
        </Stepper>
        <Text size="xs" c="dimmed">
          {t(`purchaseOrders.modeHints.${po.mode}`)}
        </Text>
        {po.mode === "dropship"
          ? linesByBuyer(po).map(({ buyer, lines }) => (
              <Stack key={buyer.orderId} gap={6} data-testid="po-buyer">
                <Divider />
                <div>
                  <Text size="sm" fw={600}>
                    {t("purchaseOrders.buyer", { name: buyer.buyerName, phone: buyer.phone })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {buyer.address}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {t("purchaseOrders.orderNumber", { number: buyer.platformOrderNumber })}
                  </Text>
                </div>
                {lines.map(line)}
              </Stack>
            ))
          : po.lines.map((poLine) => (
              <Stack key={poLine.orderLineId} gap={6}>
                <Divider />
                {line(poLine)}
              </Stack>
            ))}
        <Divider />
        <Group justify="space-between" gap="xs">
          <Text fw={700} data-testid="po-total">
            {t("purchaseOrders.total", { units: po.units, amount: formatFen(po.totalFen, i18n.language) })}
          </Text>
          <Group gap="xs">
            <DownloadButton variant="default" size="sm" download={() => downloadPurchaseOrder(orgId, po)}>
              {t("purchaseOrders.print")}
            </DownloadButton>
            {next && (
              <Button
                size="sm"
                rightSection={<IconArrowRight size={16} />}
                loading={advance.isPending}
                onClick={() => advance.mutate({ poId: po.id, status: next })}
              >
                {t(`purchaseOrders.next.${next}`)}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
      {shorting && <ShortShipDialog orgId={orgId} poId={po.id} line={shorting} onClose={() => setShorting(null)} />}
    </Card>
  );
}
