import { ActionIcon, Group, Text } from "@mantine/core";
import { IconMinus, IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** − 2 +: how many to buy in one tap. The per-buyer limit is the server's to enforce, and to explain. */
export function QuantityStepper({
  value,
  onChange,
  max,
  disabled,
}: {
  value: number;
  onChange: (value: number) => void;
  max: number;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={t("live.buy.quantity")}>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t("live.buy.less")}
        disabled={disabled || value <= 1}
        onClick={() => onChange(value - 1)}
      >
        <IconMinus size={16} />
      </ActionIcon>
      <Text w={32} ta="center" fw={600} data-testid="quantity" aria-live="polite">
        {value}
      </Text>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t("live.buy.more")}
        disabled={disabled || value >= max}
        onClick={() => onChange(value + 1)}
      >
        <IconPlus size={16} />
      </ActionIcon>
    </Group>
  );
}
