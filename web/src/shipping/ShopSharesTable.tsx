import { Button, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import type { ShopShare } from "./queries";

const FIRST_ROWS = 20;

/** Each shop's side of the pool: its parcels, what they would cost alone, its share of the saving and what it pays. */
export function ShopSharesTable({ shops }: { shops: ShopShare[] }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const [all, setAll] = useState(false);
  const sorted = [...shops].sort((a, b) => b.savingFen - a.savingFen || b.parcels - a.parcels);
  const shown = all ? sorted : sorted.slice(0, FIRST_ROWS);
  const columns = ["shop", "parcels", "alone", "pooled", "saving", "pay"] as const;
  return (
    <Stack gap="xs">
      <Text fw={600}>{t("shipping.allocation.shops.title")}</Text>
      <Text size="sm" c="dimmed">
        {t("shipping.allocation.shops.hint")}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing={6} aria-label={t("shipping.allocation.shops.title")}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column} ta={column === "shop" ? undefined : "right"} style={{ whiteSpace: "nowrap" }}>
                  {t(`shipping.allocation.shops.${column}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((shop) => (
              <Table.Tr key={shop.shopId} data-testid="shop-share" data-shop={shop.shopName}>
                <Table.Td>{shop.shopName}</Table.Td>
                <Table.Td ta="right">{shop.parcels}</Table.Td>
                <Table.Td ta="right">{money(shop.aloneFen)}</Table.Td>
                <Table.Td ta="right">{money(shop.pooledFen)}</Table.Td>
                <Table.Td ta="right" c={shop.savingFen > 0 ? "teal" : undefined} fw={600}>
                  {money(shop.savingFen)}
                </Table.Td>
                <Table.Td ta="right">{money(shop.payFen)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!all && sorted.length > FIRST_ROWS && (
        <Button variant="subtle" size="xs" w="fit-content" onClick={() => setAll(true)}>
          {t("shipping.allocation.shops.all", { count: sorted.length })}
        </Button>
      )}
    </Stack>
  );
}
