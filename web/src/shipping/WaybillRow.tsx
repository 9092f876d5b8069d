import { Badge, Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { useCarrierName } from "./carrier-name";
import { formatKg } from "./format";
import type { ParcelWaybill } from "./queries";
import { isWaybillStatus, statusColour } from "./waybill-status";

/** One parcel of the day: its carrier and tracking number (once allocated), price, status, and where it goes. */
export function WaybillRow({ hubId, parcel }: { hubId: string; parcel: ParcelWaybill }) {
  const { t, i18n } = useTranslation();
  const carrierName = useCarrierName(hubId);
  const status = parcel.status;
  return (
    <Paper
      withBorder
      p="xs"
      radius="md"
      data-testid="waybill"
      data-tracking={parcel.trackingNumber ?? ""}
      data-carrier={parcel.carrier ?? ""}
      data-status={status}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Text size="sm" fw={700}>
              {parcel.carrier ? carrierName(parcel.carrier) : t("shipping.waybills.noCarrier")}
            </Text>
            {parcel.trackingNumber && (
              <Text size="sm" ff="monospace" fw={600} data-testid="tracking-number">
                {parcel.trackingNumber}
              </Text>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t("shipping.waybills.parcel", {
              buyer: parcel.buyerName,
              place: `${parcel.province}${parcel.city}`,
              kg: formatKg(parcel.weightGrams, i18n.language),
            })}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {t("shipping.waybills.order", { number: parcel.orderNumber })}
          </Text>
        </div>
        <div style={{ flexShrink: 0, textAlign: "right" }}>
          <Text size="sm" fw={700}>
            {parcel.priceFen === null ? "—" : formatFen(parcel.priceFen, i18n.language)}
          </Text>
          <Badge size="sm" variant="light" radius="sm" color={statusColour(status)} data-testid="waybill-status">
            {isWaybillStatus(status) ? t(`shipping.status.${status}`) : status}
          </Badge>
          {parcel.printedAt && (
            <Text size="xs" c="dimmed">
              {t("shipping.waybills.printed")}
            </Text>
          )}
        </div>
      </Group>
    </Paper>
  );
}
