import { Group, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { parseYuan } from "../locales/money";

const YUAN_FIELDS = ["tier1Price", "tier2Price", "dropship", "retail"] as const;

/** Yuan fields holding something that is not an amount ("28,5"): checked here, before sending. */
export function badYuanFields(draft: PriceDraft): string[] {
  return YUAN_FIELDS.filter((key) => draft[key].trim() !== "" && parseYuan(draft[key]) === undefined);
}

export type PriceDraft = {
  tier1Price: string;
  tier2Quantity: string;
  tier2Price: string;
  dropship: string;
  retail: string;
  weightGrams: string;
};

/** Prices typed in yuan and the weight, applied to every variant (editable per variant later). */
export function PriceFields({
  value,
  onChange,
  moq,
  error,
}: {
  value: PriceDraft;
  onChange: (next: PriceDraft) => void;
  moq: string;
  error: unknown;
}) {
  const { t } = useTranslation();
  const bad = badYuanFields(value);
  const field = (key: keyof PriceDraft, label: string, path: string, extra: object = {}) => (
    <TextInput
      label={label}
      value={value[key]}
      inputMode="decimal"
      onChange={(event) => onChange({ ...value, [key]: event.currentTarget.value })}
      error={bad.includes(key) ? t("catalog.form.notYuan") : fieldError(error, path)}
      {...extra}
    />
  );
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }}>
      {field("tier1Price", t("catalog.form.tier1", { quantity: moq || 1 }), "skus.0.tiers.0.priceFen", {
        withAsterisk: true,
        leftSection: "¥",
      })}
      <Group grow gap={4} align="flex-end">
        {field("tier2Quantity", t("catalog.form.tier2Quantity"), "skus.0.tiers.1.minQuantity")}
        {field("tier2Price", t("catalog.form.tier2Price"), "skus.0.tiers.1.priceFen", { leftSection: "¥" })}
      </Group>
      {field("dropship", t("catalog.form.dropship"), "skus.0.dropshipPriceFen", { leftSection: "¥" })}
      {field("retail", t("catalog.form.retail"), "skus.0.retailPriceFen", { leftSection: "¥" })}
      {field("weightGrams", t("catalog.form.weight"), "skus.0.weightGrams", { withAsterisk: true, rightSection: "g" })}
    </SimpleGrid>
  );
}
