import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { useSaveVariant } from "./queries";
import { badVariantFields, type Sku, variantChanges, variantDraft } from "./variant-edit";

/** 改价改库存: one variant's prices in yuan and its counted stock, saved on their own. */
export function VariantEditor({
  orgId,
  hubId,
  productId,
  sku,
}: {
  orgId: string;
  hubId: string;
  productId: string;
  sku: Sku;
}) {
  const { t } = useTranslation();
  const save = useSaveVariant(orgId, hubId, productId);
  const [draft, setDraft] = useState(() => variantDraft(sku));
  const [checked, setChecked] = useState(false);
  const bad = checked ? badVariantFields(draft) : [];
  const changes = badVariantFields(draft).length === 0 ? variantChanges(sku, draft) : undefined;
  const dirty = changes === undefined || Object.keys(changes).length > 0;
  const error = (path: string, typedWrong: string) => (bad.includes(path) ? typedWrong : fieldError(save.error, path));

  function submit() {
    setChecked(true);
    if (!changes) return;
    save.mutate(
      { skuId: sku.id, ...changes },
      {
        onSuccess: () => notifications.show({ color: "teal", message: t("catalog.product.saved", { code: sku.code }) }),
      },
    );
  }

  const yuan = { inputMode: "decimal" as const, leftSection: "¥" };
  return (
    <Card withBorder padding="sm" data-testid="variant">
      <Stack gap="xs">
        <VariantHeading sku={sku} />
        <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
          {sku.tiers.map((tier, i) => (
            <TextInput
              key={tier.minQuantity}
              label={t("catalog.form.tier1", { quantity: tier.minQuantity })}
              value={draft.tierPrices[i] ?? ""}
              onChange={(event) => {
                const tierPrices = [...draft.tierPrices];
                tierPrices[i] = event.currentTarget.value;
                setDraft({ ...draft, tierPrices });
              }}
              error={error(`tiers.${i}.priceFen`, t("catalog.form.notYuan"))}
              {...yuan}
            />
          ))}
          <TextInput
            label={t("catalog.form.dropship")}
            value={draft.dropship}
            onChange={(event) => setDraft({ ...draft, dropship: event.currentTarget.value })}
            error={error("dropshipPriceFen", t("catalog.form.notYuan"))}
            {...yuan}
          />
          <TextInput
            label={t("catalog.form.retail")}
            value={draft.retail}
            onChange={(event) => setDraft({ ...draft, retail: event.currentTarget.value })}
            error={error("retailPriceFen", t("catalog.form.notYuan"))}
            {...yuan}
          />
          <TextInput
            label={t("catalog.form.stock")}
            inputMode="numeric"
            value={draft.onHand}
            onChange={(event) => setDraft({ ...draft, onHand: event.currentTarget.value })}
            error={error("onHand", t("catalog.product.notStock"))}
          />
        </SimpleGrid>
        {fieldError(save.error, "tiers") && (
          <Text size="sm" c="red">
            {fieldError(save.error, "tiers")}
          </Text>
        )}
        <FormAlert error={save.error} />
        <Group justify="flex-end" gap="xs">
          {dirty && (
            <Button variant="default" size="xs" onClick={() => setDraft(variantDraft(sku))}>
              {t("catalog.product.undo")}
            </Button>
          )}
          <Button size="xs" onClick={submit} loading={save.isPending} disabled={!dirty}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The variant's options and code, and what orders hold of its stock. */
export function VariantHeading({ sku }: { sku: Sku }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text fw={600} size="sm">
          {sku.optionValues.join(" / ") || t("catalog.form.single")}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace" truncate>
          {sku.code}
        </Text>
      </Group>
      <Text size="xs" c={sku.available > 0 ? "dimmed" : "red"}>
        {sku.available <= 0
          ? t("supermarket.soldOut")
          : sku.reserved > 0
            ? t("catalog.product.available", { available: sku.available, reserved: sku.reserved })
            : t("supermarket.available", { count: sku.available })}
      </Text>
    </Stack>
  );
}
