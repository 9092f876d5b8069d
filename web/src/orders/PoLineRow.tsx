import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import type { PoLine } from "./handover";
import { SkuLabel } from "./SkuLabel";

/** A purchase order line as the supplier picks it: code and options large, price and amount below. */
export function PoLineRow({ line, onShort }: { line: PoLine; onShort: (() => void) | undefined }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const handed = line.quantity - line.shortQuantity;
  return (
    <Stack gap={2} data-testid="po-line" data-sku={line.skuCode}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <SkuLabel code={line.skuCode} options={line.optionValues} detail={line.title} />
        <Text fw={700} size="lg" style={{ flexShrink: 0 }}>
          {t("purchaseOrders.quantity", { count: line.quantity })}
        </Text>
      </Group>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {t("purchaseOrders.amount", {
              price: money(line.unitCostFen),
              count: handed,
              amount: money(line.amountFen),
            })}
          </Text>
          {line.shortQuantity > 0 && (
            <Badge color="red" variant="light" radius="sm" data-testid="po-line-short">
              {t("purchaseOrders.short", { count: line.shortQuantity })}
            </Badge>
          )}
        </Group>
        {onShort && (
          <Button size="compact-sm" variant="subtle" color="red" onClick={onShort}>
            {t("purchaseOrders.shortShip")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
