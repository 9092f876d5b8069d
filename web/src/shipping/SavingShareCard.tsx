import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import type { ShopShare } from "./queries";

/** The shop's side of the village pool that day: alone it would pay this, pooled it pays that. */
export function SavingShareCard({ share }: { share: ShopShare | null }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  if (!share)
    return (
      <Paper withBorder p="sm" radius="md" data-testid="saving-share">
        <Text fw={600}>{t("shipping.waybills.share.title")}</Text>
        <Text size="sm" c="dimmed">
          {t("shipping.waybills.share.none")}
        </Text>
      </Paper>
    );
  const figures: { key: "parcels" | "alone" | "saving" | "pay"; value: string; colour?: string }[] = [
    { key: "parcels", value: t("shipping.parcelCount", { count: share.parcels }) },
    { key: "alone", value: money(share.aloneFen) },
    { key: "saving", value: money(share.savingFen), colour: share.savingFen > 0 ? "teal" : undefined },
    { key: "pay", value: money(share.payFen) },
  ];
  return (
    <Paper withBorder p="sm" radius="md" data-testid="saving-share" bg="teal.0">
      <Text fw={600}>{t("shipping.waybills.share.title")}</Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt={4}>
        {figures.map((figure) => (
          <div key={figure.key} data-testid={`share-${figure.key}`}>
            <Text size="xs" c="dimmed">
              {t(`shipping.waybills.share.${figure.key}`)}
            </Text>
            <Text fw={700} fz={20} c={figure.colour}>
              {figure.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
