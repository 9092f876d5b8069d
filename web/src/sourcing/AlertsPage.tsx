import { Button, Group, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { IconChecks } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { ComingSoonPage } from "../modules/ComingSoonPage";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { AlertCard } from "./AlertCard";
import { useAlerts, useMarkAlertsRead } from "./queries";

/** 提醒: what changed in the shop's picks (price, stock, withdrawn), unread ones first to the eye. */
export function AlertsPage() {
  const organisation = useCurrentOrganisation();
  if (organisation?.kind !== "shop") return <ComingSoonPage module="sourcing" />;
  return <Inbox orgId={organisation.id} />;
}

function Inbox({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [show, setShow] = useState<"all" | "unread">("all");
  const pages = useAlerts(orgId, show === "unread");
  const markRead = useMarkAlertsRead(orgId);
  const alerts = pages.data?.pages.flatMap((page) => page.alerts) ?? [];
  const unread = pages.data?.pages[0]?.unread ?? 0;
  return (
    <Stack maw={760}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={2}>{t("sourcing.alerts.title")}</Title>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconChecks size={16} />}
          onClick={() => markRead.mutate(undefined)}
          loading={markRead.isPending && markRead.variables === undefined}
          disabled={unread === 0}
        >
          {t("sourcing.alerts.readAll")}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t("sourcing.alerts.intro")}
      </Text>
      <SegmentedControl
        value={show}
        onChange={(value) => setShow(value as "all" | "unread")}
        data={[
          { value: "all", label: t("sourcing.alerts.all") },
          { value: "unread", label: t("sourcing.alerts.unread", { count: unread }) },
        ]}
        w="fit-content"
      />
      {pages.error && <LoadFailed error={pages.error} onRetry={() => pages.refetch()} />}
      {pages.isPending && <PageLoader />}
      {pages.data && alerts.length === 0 && (
        <Text c="dimmed">{show === "unread" ? t("sourcing.alerts.noneUnread") : t("sourcing.alerts.none")}</Text>
      )}
      {alerts.map((alert) => (
        <AlertCard
          key={alert.id}
          alert={alert}
          onRead={() => markRead.mutate([alert.id])}
          reading={markRead.isPending && markRead.variables?.includes(alert.id) === true}
        />
      ))}
      {pages.hasNextPage && (
        <Button variant="light" onClick={() => pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t("supermarket.more")}
        </Button>
      )}
    </Stack>
  );
}
