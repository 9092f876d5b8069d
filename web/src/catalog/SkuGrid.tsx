import { Table, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";

export type SkuRow = { optionValues: string[]; code: string; onHand: string };

/** One row per combination: its code (商家编码) and stock, where the server's errors about it show. */
export function SkuGrid({
  rows,
  onChange,
  error,
}: {
  rows: SkuRow[];
  onChange: (rows: SkuRow[]) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<SkuRow>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("catalog.form.variant")}</Table.Th>
            <Table.Th>{t("catalog.form.code")}</Table.Th>
            <Table.Th w={90}>{t("catalog.form.stock")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={row.optionValues.join("/") || "default"} data-testid="sku-row">
              <Table.Td>{row.optionValues.join(" / ") || t("catalog.form.single")}</Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={t("catalog.form.code")}
                  value={row.code}
                  onChange={(event) => update(i, { code: event.currentTarget.value })}
                  error={fieldError(error, `skus.${i}.code`)}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={t("catalog.form.stock")}
                  inputMode="numeric"
                  value={row.onHand}
                  onChange={(event) => update(i, { onHand: event.currentTarget.value })}
                  error={fieldError(error, `skus.${i}.onHand`)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
