import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { useHubDay } from "../orders/queries";
import { PageLoader } from "../shell/LoadFailed";
import { ForSellers } from "./ForSellers";
import { ScheduleRoomForm } from "./ScheduleRoomForm";

/** 安排直播: title, time, stream, anchors and the lineup of a new room. */
export function ScheduleRoomPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  const { timeZone } = useHubDay(organisation?.hubId ?? "");
  if (!organisation) return null;
  if (organisation.kind !== "shop" && organisation.kind !== "supplier") return <ForSellers />;
  return (
    <Stack maw={720} gap="md">
      <div>
        <Anchor component={Link} to="/live" size="sm">
          {t("live.rooms.back")}
        </Anchor>
        <Title order={2}>{t("live.schedule.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("live.schedule.intro")}
        </Text>
      </div>
      {timeZone ? <ScheduleRoomForm orgId={organisation.id} timeZone={timeZone} /> : <PageLoader />}
    </Stack>
  );
}
