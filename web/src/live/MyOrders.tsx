import { Card, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type LiveClaim, useClaims } from "./buyer-queries";
import { ClaimCard } from "./ClaimCard";
import { PayDrawer } from "./PayDrawer";

/** 我的订单: what the buyer got in this room, to pay before its time runs out. */
export function MyOrders({ roomId, timeZone }: { roomId: string; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const claims = useClaims(true);
  const [paying, setPaying] = useState<LiveClaim | null>(null);
  const mine = (claims.data ?? []).filter((claim) => claim.roomId === roomId);
  if (mine.length === 0) return null;
  return (
    <Card withBorder radius="md" padding="sm" id="my-orders">
      <Text fw={600} mb="xs">
        {t("live.orders.title")}
      </Text>
      <Stack gap="xs">
        {mine.map((claim) => (
          <ClaimCard key={claim.id} claim={claim} timeZone={timeZone} onPay={() => setPaying(claim)} />
        ))}
      </Stack>
      <PayDrawer claim={paying} onClose={() => setPaying(null)} />
    </Card>
  );
}
