import { Card, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { VariantHeading } from "./VariantEditor";
import type { Sku } from "./variant-edit";

/** What a seller reads of a variant: its wholesale tiers, dropship price and what is left. */
export function VariantPrices({ sku }: { sku: Sku }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  return (
    <Card withBorder padding="sm" data-testid="variant">
      <Stack gap={4}>
        <VariantHeading sku={sku} />
        <Text size="sm">
          {sku.tiers
            .map((tier) => t("catalog.product.tier", { price: money(tier.priceFen), quantity: tier.minQuantity }))
            .join(" · ")}
        </Text>
        {sku.dropshipPriceFen !== null && (
          <Text size="sm" c="orange.7">
            {t("supermarket.dropship", { price: money(sku.dropshipPriceFen) })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
