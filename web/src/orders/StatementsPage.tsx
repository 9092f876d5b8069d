import { Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { DayPicker } from "./DayPicker";
import { ForShopsAndSuppliers } from "./ForShopsAndSuppliers";
import { useHubDay, useStatements } from "./queries";
import { StatementCard } from "./StatementCard";

/** 对账单: what each shop owes each supplier for a day, as either side reads it, with a CSV for Excel. */
export function StatementsPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  const { today } = useHubDay(organisation?.hubId ?? "");
  if (!organisation) return null;
  const side = organisation.kind;
  if (side !== "shop" && side !== "supplier") return <ForShopsAndSuppliers title={t("statements.title")} />;
  if (!today) return <PageLoader />;
  return <Statements orgId={organisation.id} side={side} today={today} />;
}

function Statements({ orgId, side, today }: { orgId: string; side: "shop" | "supplier"; today: string }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const statements = useStatements(orgId, date);
  return (
    <Stack maw={900}>
      <Title order={2}>{t("statements.title")}</Title>
      <Text size="sm" c="dimmed">
        {t("statements.intro")}
      </Text>
      <DayPicker label={t("statements.date")} value={date} today={today} onChange={setDate} />
      {statements.error && <LoadFailed error={statements.error} onRetry={() => statements.refetch()} />}
      {statements.isPending && <PageLoader />}
      {statements.data?.length === 0 && <Text c="dimmed">{t("statements.empty")}</Text>}
      {statements.data?.map((statement) => (
        <StatementCard
          key={`${statement.shopId}/${statement.supplierId}`}
          orgId={orgId}
          statement={statement}
          side={side}
        />
      ))}
    </Stack>
  );
}
