import { Badge, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { ConfirmButton } from "../shell/ConfirmButton";
import { cancellable, LINE_COLOURS } from "./line-status";
import { type OrderLine, useCancelLine } from "./queries";
import { SkuLabel } from "./SkuLabel";

/** A line of a buyer order: which SKU, how many, from whom, and what happens to it next. */
export function OrderLineRow({ orgId, line }: { orgId: string; line: OrderLine }) {
  const { t } = useTranslation();
  const cancel = useCancelLine(orgId);
  return (
    <Stack gap={4} data-testid="order-line" data-status={line.status}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <SkuLabel
          code={line.skuCode}
          options={line.optionValues}
          detail={`${line.title ? `${line.title} · ` : ""}${t("orders.line.supplier", { name: line.supplierName })}`}
        />
        <Text fw={700} style={{ flexShrink: 0 }}>
          {t("orders.line.quantity", { count: line.quantity })}
        </Text>
      </Group>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Badge color={LINE_COLOURS[line.status]} variant="light" radius="sm">
              {t(`orders.line.status.${line.status}`)}
            </Badge>
            {line.status === "ordered" && line.purchaseOrderNumber && (
              <Text size="xs" ff="monospace">
                {t("orders.line.orderedHint", { number: line.purchaseOrderNumber })}
              </Text>
            )}
            {line.shortQuantity > 0 && (
              <Badge color="red" variant="light" radius="sm">
                {t("orders.line.short", { count: line.shortQuantity })}
              </Badge>
            )}
          </Group>
          <LineHint line={line} />
        </Stack>
        {cancellable(line) && (
          <ConfirmButton
            question={t("orders.line.confirmCancel")}
            loading={cancel.isPending}
            style={{ flexShrink: 0 }}
            onConfirm={() =>
              cancel.mutate(line.id, {
                onSuccess: () => notifications.show({ message: t("orders.line.cancelled", { code: line.skuCode }) }),
              })
            }
          >
            {t("orders.line.cancel")}
          </ConfirmButton>
        )}
      </Group>
    </Stack>
  );
}

function LineHint({ line }: { line: OrderLine }) {
  const { t } = useTranslation();
  const hint =
    line.shortQuantity > 0
      ? t("orders.line.shortHint", { count: line.shortQuantity })
      : line.status === "backordered"
        ? t("orders.line.backorderedHint")
        : null;
  if (!hint) return null;
  return (
    <Text size="xs" c={line.status === "backordered" ? "orange.8" : "dimmed"}>
      {hint}
    </Text>
  );
}
