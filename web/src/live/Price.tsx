import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";

/** The price to pay, large and red, beside the price it replaces, crossed out. */
export function Price({ fen, was, size = "xl" }: { fen: number; was?: number | null; size?: "md" | "lg" | "xl" }) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) => formatFen(amount, i18n.language);
  return (
    <Group gap={6} align="baseline" wrap="nowrap">
      <Text c="red.7" fw={700} size={size} data-testid="price">
        {money(fen)}
      </Text>
      {was != null && was > fen && (
        <Text
          c="dimmed"
          size="sm"
          td="line-through"
          aria-label={t("live.price.was", { amount: money(was) })}
          data-testid="price-was"
        >
          {money(was)}
        </Text>
      )}
    </Group>
  );
}
