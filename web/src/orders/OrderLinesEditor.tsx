import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { type LineDraft, lineTypos } from "./order-draft";

/** The items of a typed order: SKU code, quantity and price in yuan, one card each on a phone. */
export function OrderLinesEditor({
  lines,
  error,
  onChange,
  onAdd,
}: {
  lines: LineDraft[];
  error: unknown;
  onChange: (lines: LineDraft[]) => void;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const edit = (index: number, change: Partial<LineDraft>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...change } : line)));
  return (
    <Stack gap="xs">
      {lines.map((line, i) => {
        const typos = lineTypos(line);
        return (
          <Paper key={line.key} withBorder p="xs" radius="md" data-testid="order-line-input">
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" style={{ flex: 1 }}>
                <TextInput
                  label={t("orders.form.skuCode")}
                  withAsterisk
                  value={line.skuCode}
                  onChange={(event) => edit(i, { skuCode: event.currentTarget.value })}
                  error={fieldError(error, `lines.${i}.skuCode`)}
                  style={{ gridColumn: "span 2" }}
                  maxLength={64}
                  autoCapitalize="characters"
                />
                <TextInput
                  label={t("orders.form.quantity")}
                  withAsterisk
                  inputMode="numeric"
                  value={line.quantity}
                  onChange={(event) => edit(i, { quantity: event.currentTarget.value })}
                  error={typos.quantity ? t("orders.form.notQuantity") : fieldError(error, `lines.${i}.quantity`)}
                />
                <TextInput
                  label={t("orders.form.price")}
                  inputMode="decimal"
                  leftSection="¥"
                  value={line.price}
                  onChange={(event) => edit(i, { price: event.currentTarget.value })}
                  error={typos.price ? t("orders.form.notYuan") : fieldError(error, `lines.${i}.unitPriceFen`)}
                />
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={26}
                aria-label={t("orders.form.removeLine")}
                disabled={lines.length === 1}
                onClick={() => onChange(lines.filter((_, j) => j !== i))}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
      <Button variant="light" leftSection={<IconPlus size={18} />} onClick={onAdd} w="fit-content">
        {t("orders.form.addLine")}
      </Button>
    </Stack>
  );
}
