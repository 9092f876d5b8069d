import { Card, Divider, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DealForm } from "./DealForm";
import { DealStats } from "./DealStats";
import type { LiveRoom } from "./queries";

/** 秒杀: launch one, and follow each launched deal's units as buyers take them. */
export function DealsPanel({ orgId, room }: { orgId: string; room: LiveRoom }) {
  const { t } = useTranslation();
  const items = new Map(room.items.map((item) => [item.skuId, item]));
  const deals = [...room.deals].reverse();
  return (
    <Card withBorder radius="md" padding="sm">
      <Text fw={600} mb="xs">
        {t("live.deal.title")}
      </Text>
      <Stack gap="sm">
        {deals.map((deal) => (
          <DealStats key={deal.id} deal={deal} item={items.get(deal.skuId)} />
        ))}
        {deals.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("live.deal.none")}
          </Text>
        )}
        {room.status !== "ended" && (
          <>
            <Divider label={t("live.deal.new")} labelPosition="left" />
            <DealForm orgId={orgId} room={room} />
          </>
        )}
      </Stack>
    </Card>
  );
}
