import { Button, Group, NumberInput, Select, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "../shell/FormAlert";
import { type PriceRule, usePriceRule, useSetPriceRule } from "./queries";

// Locale keys cannot hold a dot: ".90" is read under "90".
const ROUNDINGS = { none: "none", ".90": "90", ".99": "99", whole: "whole" } as const;

/**
 * The common case on a phone: one markup for every cost, rounding and a minimum margin.
 * (The API also takes a markup per cost range; this form keeps a rule's first range.)
 */
export function PriceRuleForm({ orgId }: { orgId: string }) {
  const rule = usePriceRule(orgId).data;
  if (!rule) return null;
  return <RuleEditor orgId={orgId} rule={rule} />;
}

function RuleEditor({ orgId, rule }: { orgId: string; rule: PriceRule }) {
  const { t } = useTranslation();
  const save = useSetPriceRule(orgId);
  const first = rule.ranges[0];
  const [factor, setFactor] = useState<number | string>(first?.kind === "multiply" ? first.factor : 1.8);
  const [rounding, setRounding] = useState<PriceRule["rounding"]>(rule.rounding);
  const [minMargin, setMinMargin] = useState<number | string>(rule.minMarginFen / 100);

  function submit() {
    const body: PriceRule = {
      ranges: [{ fromFen: 0, kind: "multiply", factor: Number(factor) }],
      rounding,
      minMarginFen: Math.round(Number(minMargin) * 100),
      minMarginPercent: 0,
    };
    save.mutate(body, { onSuccess: () => notifications.show({ color: "teal", message: t("sourcing.rule.saved") }) });
  }

  return (
    <Stack gap="xs">
      <Text fw={600}>{t("sourcing.rule.title")}</Text>
      <FormAlert error={save.error} />
      <Group grow align="flex-end">
        <NumberInput
          label={t("sourcing.rule.factor")}
          value={factor}
          onChange={setFactor}
          min={1}
          max={100}
          step={0.1}
          decimalScale={2}
          prefix="×"
        />
        <Select
          label={t("sourcing.rule.rounding")}
          data={Object.entries(ROUNDINGS).map(([value, key]) => ({
            value,
            label: t(`sourcing.rule.roundings.${key}`),
          }))}
          value={rounding}
          onChange={(value) => value && setRounding(value as PriceRule["rounding"])}
          allowDeselect={false}
        />
        <NumberInput
          label={t("sourcing.rule.minMargin")}
          value={minMargin}
          onChange={setMinMargin}
          min={0}
          decimalScale={2}
          prefix="¥"
        />
      </Group>
      <Button onClick={submit} loading={save.isPending} w="fit-content">
        {t("sourcing.rule.save")}
      </Button>
    </Stack>
  );
}
