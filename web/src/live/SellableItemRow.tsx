import { Badge, Checkbox, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { ItemPicture } from "./ItemPicture";
import type { LineupItem } from "./queries";

/** A SKU the seller may line up, with its clearance backlog when it has one, to tick on or off. */
export function SellableItemRow({
  item,
  picked,
  onToggle,
}: {
  item: LineupItem;
  picked: boolean;
  onToggle: (item: LineupItem) => void;
}) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const clearance = item.clearanceQuantity > 0;
  return (
    <Group
      gap="sm"
      wrap="nowrap"
      p="xs"
      data-testid="sellable"
      data-sku={item.skuId}
      style={{ borderRadius: "var(--mantine-radius-md)", cursor: "pointer" }}
      bg={picked ? "orange.0" : undefined}
      onClick={() => onToggle(item)}
    >
      <Checkbox
        checked={picked}
        onChange={() => onToggle(item)}
        onClick={(event) => event.stopPropagation()}
        aria-label={t("live.schedule.pick", { title: item.title })}
      />
      <ItemPicture url={item.pictureUrl} size={48} />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="nowrap">
          {clearance && (
            <Badge color="orange" size="sm" variant="filled" style={{ flexShrink: 0 }}>
              {t("live.item.clearance")}
            </Badge>
          )}
          <Text size="sm" fw={500} truncate>
            {item.title}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {item.code} · {t("live.item.original", { amount: money(item.originalPriceFen) })}
          {clearance && item.clearancePriceFen != null && (
            <Text span c="orange.8" fw={600} size="xs">
              {" · "}
              {t("live.item.clearancePrice", { amount: money(item.clearancePriceFen) })}
            </Text>
          )}
        </Text>
        <Text size="xs" c={clearance ? "orange.8" : "dimmed"} data-testid="sellable-stock">
          {clearance
            ? t("live.item.backlog", { count: item.clearanceQuantity, available: item.available })
            : t("live.item.available", { count: item.available })}
        </Text>
      </Stack>
    </Group>
  );
}
