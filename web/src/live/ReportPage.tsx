import { Anchor, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { useHubSummary } from "../hub/queries";
import { formatDateTime } from "../locales/format";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { DrawWinners } from "./DrawWinners";
import { ForSellers } from "./ForSellers";
import { PerMinuteChart } from "./PerMinuteChart";
import { ProductsChart } from "./ProductsChart";
import { useReport } from "./queries";
import { ReportFigures } from "./ReportFigures";
import { ReportTimeline } from "./ReportTimeline";
import { StatusBadge } from "./StatusBadge";

/** 直播复盘: the post-live report, counted from the room's own records. */
export function ReportPage() {
  const organisation = useCurrentOrganisation();
  const { roomId = "" } = useParams();
  if (!organisation) return null;
  if (organisation.kind !== "shop" && organisation.kind !== "supplier") return <ForSellers />;
  return <Report orgId={organisation.id} roomId={roomId} />;
}

function Report({ orgId, roomId }: { orgId: string; roomId: string }) {
  const { t } = useTranslation();
  const report = useReport(orgId, roomId);
  const timeZone = useHubSummary(report.data?.room.hubId).data?.timeZone;
  if (report.error) return <LoadFailed error={report.error} onRetry={() => report.refetch()} />;
  if (!report.data) return <PageLoader />;
  const { room, figures, products, perMinute, draws } = report.data;
  return (
    <Stack maw={1100} gap="md">
      <div>
        <Anchor component={Link} to={`/live/rooms/${room.id}`} size="sm">
          {t("live.report.back")}
        </Anchor>
        <Group gap="xs">
          <Title order={2}>{t("live.report.title", { title: room.title })}</Title>
          <StatusBadge status={room.status} />
        </Group>
        {room.startedAt && (
          <Text size="sm" c="dimmed">
            {t("live.report.when", {
              from: formatDateTime(room.startedAt, timeZone),
              to: room.endedAt ? formatDateTime(room.endedAt, timeZone) : t("live.report.stillLive"),
            })}
          </Text>
        )}
      </div>
      <ReportFigures figures={figures} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ProductsChart products={products} />
        <PerMinuteChart perMinute={perMinute} timeZone={timeZone} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ReportTimeline report={report.data} timeZone={timeZone} />
        <DrawWinners draws={draws} />
      </SimpleGrid>
    </Stack>
  );
}
