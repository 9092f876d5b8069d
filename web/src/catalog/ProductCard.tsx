import { AspectRatio, Badge, Card, Group, Image, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { pictureUrl, type SearchItem } from "./search";

/** One product in the supermarket grid: picture first, as people choose goods by eye. */
export function ProductCard({ hubId, item, action }: { hubId: string; item: SearchItem; action?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  return (
    <Card withBorder padding="xs" radius="md" data-testid="supermarket-item">
      <Card.Section>
        <AspectRatio ratio={1}>
          {item.picture ? (
            <Image src={pictureUrl(hubId, item.picture, 400)} alt={item.title} loading="lazy" />
          ) : (
            <Stack bg="gray.1" justify="center" align="center">
              <Text c="dimmed" size="xs">
                {t("supermarket.noPicture")}
              </Text>
            </Stack>
          )}
        </AspectRatio>
      </Card.Section>
      <Stack gap={2} mt="xs">
        <Text size="sm" fw={500} lineClamp={2}>
          {item.title}
        </Text>
        <Group gap={6} align="baseline">
          <Text fw={700} c="orange.7">
            {money(item.priceFen)}
          </Text>
          {item.dropshipPriceFen !== null && (
            <Text size="xs" c="dimmed">
              {t("supermarket.dropship", { price: money(item.dropshipPriceFen) })}
            </Text>
          )}
        </Group>
        <Group gap={4}>
          {item.clearanceQuantity > 0 && (
            <Badge size="xs" color="red" variant="light">
              {t("supermarket.clearance")}
            </Badge>
          )}
          <Text size="xs" c={item.available > 0 ? "dimmed" : "red"}>
            {item.available > 0 ? t("supermarket.available", { count: item.available }) : t("supermarket.soldOut")}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {item.supplierName}
        </Text>
        {action}
      </Stack>
    </Card>
  );
}
