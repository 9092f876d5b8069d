import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { IconPin, IconPinnedOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { ItemPicture } from "./ItemPicture";
import { type LineupItem, type LiveRoom, usePin } from "./queries";

/** The room's lineup: the product being presented (讲解中) is pinned on every buyer's screen. */
export function LineupPanel({ orgId, room }: { orgId: string; room: LiveRoom }) {
  const { t } = useTranslation();
  const pin = usePin(orgId, room.id);
  const open = room.status !== "ended";
  return (
    <Card withBorder radius="md" padding="sm">
      <Text fw={600} mb="xs">
        {t("live.lineup.title", { count: room.items.length })}
      </Text>
      <Stack gap="xs">
        {room.items.map((item) => (
          <LineupRow
            key={item.skuId}
            item={item}
            pinned={room.pinnedSkuId === item.skuId}
            busy={pin.isPending && pin.variables === (room.pinnedSkuId === item.skuId ? null : item.skuId)}
            onPin={open ? (skuId) => pin.mutate(skuId) : undefined}
          />
        ))}
      </Stack>
    </Card>
  );
}

function LineupRow({
  item,
  pinned,
  busy,
  onPin,
}: {
  item: LineupItem;
  pinned: boolean;
  busy: boolean;
  onPin?: (skuId: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  return (
    <Group gap="sm" wrap="nowrap" data-testid="lineup-item" data-sku={item.skuId} data-pinned={pinned}>
      <ItemPicture url={item.pictureUrl} size={44} />
      <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="nowrap">
          {pinned && (
            <Badge color="red" size="sm" variant="filled" style={{ flexShrink: 0 }}>
              {t("live.lineup.pinned")}
            </Badge>
          )}
          <Text size="sm" truncate>
            {item.title}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {item.clearancePriceFen != null
            ? t("live.item.clearancePrice", { amount: money(item.clearancePriceFen) })
            : t("live.item.original", { amount: money(item.originalPriceFen) })}
          {" · "}
          {t("live.item.available", { count: item.available })}
        </Text>
      </Stack>
      {onPin && (
        <Button
          size="xs"
          variant={pinned ? "default" : "light"}
          leftSection={pinned ? <IconPinnedOff size={14} /> : <IconPin size={14} />}
          loading={busy}
          onClick={() => onPin(pinned ? null : item.skuId)}
          style={{ flexShrink: 0 }}
        >
          {t(pinned ? "live.lineup.unpin" : "live.lineup.pin")}
        </Button>
      )}
    </Group>
  );
}
