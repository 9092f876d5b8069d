import { Alert, Stack, Text } from "@mantine/core";
import { IconGift } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { LuckyDraw } from "./queries";

/** The room's lucky draws, newest first, with their winners (phones masked); the buyer's own win said so. */
export function DrawWinners({ draws, myPhone }: { draws: LuckyDraw[]; myPhone?: string | undefined }) {
  const { t, i18n } = useTranslation();
  if (draws.length === 0) return null;
  const list = (winners: string[]) => winners.join(i18n.language === "en" ? ", " : "、");
  return (
    <Stack gap="xs">
      {[...draws].reverse().map((draw) => {
        const mine = myPhone !== undefined && draw.winners.includes(myPhone);
        return (
          <Alert
            key={draw.id}
            color={mine ? "red" : "orange"}
            variant={mine ? "filled" : "light"}
            icon={<IconGift size={18} />}
            title={t("live.draw.announce", { prize: draw.prize })}
            data-testid="draw"
          >
            {mine && (
              <Text fw={700} size="sm">
                {t("live.draw.youWon")}
              </Text>
            )}
            <Text size="sm">
              {draw.winners.length > 0
                ? t("live.draw.winners", { winners: list(draw.winners) })
                : t("live.draw.noWinners")}
            </Text>
            <Text size="xs" c={mine ? undefined : "dimmed"}>
              {t("live.draw.entrants", { count: draw.entrants })}
            </Text>
          </Alert>
        );
      })}
    </Stack>
  );
}
