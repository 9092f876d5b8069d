import { Card, Group, Image, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { formatFen } from "../locales/money";
import { ComingSoonPage } from "../modules/ComingSoonPage";
import { LoadFailed } from "../shell/LoadFailed";
import { AlertsButton } from "./AlertsButton";
import { ExportPanel } from "./ExportPanel";
import { PriceRuleForm } from "./PriceRuleForm";
import { usePicks } from "./queries";
import { StockFeedPanel } from "./StockFeedPanel";

/** 选品库: a shop's picks at its own prices, its price rule, and the files its stores import. */
export function SourcingPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  if (organisation?.kind !== "shop") return <ComingSoonPage module="sourcing" />;
  return (
    <Stack>
      <Group justify="space-between" wrap="nowrap">
        <Title order={2}>{t("sourcing.title")}</Title>
        <AlertsButton orgId={organisation.id} />
      </Group>
      <Card withBorder>
        <PriceRuleForm orgId={organisation.id} />
      </Card>
      <Card withBorder>
        <ExportPanel orgId={organisation.id} />
      </Card>
      <Card withBorder>
        <StockFeedPanel orgId={organisation.id} />
      </Card>
      <Picks orgId={organisation.id} />
    </Stack>
  );
}

function Picks({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const picks = usePicks(orgId);
  const money = (fen: number | null) => (fen === null ? "—" : formatFen(fen, i18n.language));
  if (picks.error) return <LoadFailed error={picks.error} />;
  return (
    <Stack gap="xs">
      <Title order={3}>{t("sourcing.picks", { count: picks.data?.length ?? 0 })}</Title>
      {picks.data?.length === 0 && <Text c="dimmed">{t("sourcing.noPicks")}</Text>}
      {picks.data?.map((pick) => (
        <Card key={pick.id} withBorder padding="xs" data-testid="pick">
          <Group wrap="nowrap" align="flex-start">
            {pick.picture && <Image src={pick.picture} w={64} h={64} radius="sm" alt="" />}
            <Stack gap={2} style={{ flex: 1 }}>
              <Text size="sm" fw={500} lineClamp={2}>
                {pick.title}
              </Text>
              <Text size="xs" c="dimmed">
                {t("sourcing.prices", {
                  cost: money(pick.costFen),
                  price: money(pick.priceFen),
                  margin: money(pick.marginFen),
                })}
              </Text>
            </Stack>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
