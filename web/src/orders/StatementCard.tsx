import { Card, Divider, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconFileTypeCsv } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { DownloadButton } from "./DownloadButton";
import { downloadStatement, type Statement } from "./queries";

/** One shop–supplier day: the balance brought forward, each line, what short-ships took off, and the balance. */
export function StatementCard({
  orgId,
  statement,
  side,
}: {
  orgId: string;
  statement: Statement;
  side: "shop" | "supplier";
}) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const counterparty = side === "shop" ? statement.supplierName : statement.shopName;
  const file = {
    businessDate: statement.businessDate,
    counterpartyId: side === "shop" ? statement.supplierId : statement.shopId,
    counterpartyName: counterparty,
  };
  const figures = [
    { key: "opening", fen: statement.openingFen },
    { key: "day", fen: statement.dayFen },
    { key: "deducted", fen: -statement.deductedFen },
    { key: "closing", fen: statement.closingFen },
  ] as const;
  return (
    <Card withBorder padding="sm" data-testid="statement">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed">
              {t(`statements.counterparty.${side}`)}
            </Text>
            <Text fw={700}>{counterparty}</Text>
          </div>
          <Group gap="xs">
            <DownloadButton
              variant="default"
              size="xs"
              leftSection={<IconFileTypeCsv size={16} />}
              download={() => downloadStatement(orgId, file, "csv")}
            >
              {t("statements.csv")}
            </DownloadButton>
            <DownloadButton variant="default" size="xs" download={() => downloadStatement(orgId, file, "pdf")}>
              {t("statements.pdf")}
            </DownloadButton>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {figures.map((figure) => (
            <div key={figure.key} data-testid={`statement-${figure.key}`}>
              <Text size="xs" c="dimmed">
                {t(`statements.${figure.key}`)}
              </Text>
              <Text
                fw={figure.key === "closing" ? 700 : 500}
                c={figure.key === "deducted" && figure.fen ? "red" : undefined}
              >
                {money(figure.fen)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        {statement.lines.map((line, i) => (
          <Stack
            // Lines have no id; the server orders them by purchase order and SKU code.
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
            key={i}
            gap={2}
            data-testid="statement-line"
          >
            <Divider />
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Text size="sm" fw={600} ff="monospace">
                    {line.skuCode}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {line.options.map((option) => option.value).join(" / ")}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {line.title}
                </Text>
              </div>
              <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
                {money(line.amountFen)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {t("statements.line", {
                number: line.purchaseOrderNumber,
                price: money(line.unitCostFen),
                count: line.quantity - line.shortQuantity,
              })}
            </Text>
            {line.shortQuantity > 0 && (
              <Text size="xs" c="red">
                {t("statements.short", { count: line.shortQuantity, amount: money(line.deductedFen) })}
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
