import { Anchor, Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { ItemPicture } from "./ItemPicture";
import { Price } from "./Price";
import type { FlashDeal, LineupItem } from "./queries";

/**
 * The product the anchor is presenting right now (讲解中), at its retail price, or at its
 * flash-deal price when one is on or coming (the supplier's clearance price is a trade price,
 * never shown to buyers).
 */
export function PinnedProduct({ item, deal }: { item: LineupItem; deal: FlashDeal | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      data-testid="pinned"
      data-sku={item.skuId}
      style={{ borderColor: "var(--mantine-color-red-4)" }}
    >
      <Group gap="sm" wrap="nowrap">
        <ItemPicture url={item.pictureUrl} size={64} />
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6} wrap="nowrap">
            <Badge color="red" variant="filled" size="sm" style={{ flexShrink: 0 }}>
              {t("live.lineup.pinned")}
            </Badge>
            <Text size="sm" fw={600} lineClamp={2}>
              {item.title}
            </Text>
          </Group>
          {deal ? (
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Price fen={deal.dealPriceFen} was={item.originalPriceFen} size="lg" />
              <Anchor href={`#deal-${deal.id}`} size="sm" c="red.7" fw={600} style={{ flexShrink: 0 }}>
                {t("live.buyer.toDeal")}
              </Anchor>
            </Group>
          ) : (
            <Text size="sm" fw={500}>
              {formatFen(item.originalPriceFen, i18n.language)}
            </Text>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
