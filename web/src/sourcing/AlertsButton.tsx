import { Badge, Button } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useUnreadAlerts } from "./queries";

/** The way into the alerts, with how many are unread. */
export function AlertsButton({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const unread = useUnreadAlerts(orgId).data ?? 0;
  return (
    <Button
      component={Link}
      to="/sourcing/alerts"
      variant="light"
      leftSection={<IconBell size={18} />}
      rightSection={
        unread > 0 ? (
          <Badge size="sm" color="red" variant="filled" circle={unread < 10} data-testid="unread-alerts">
            {unread}
          </Badge>
        ) : null
      }
    >
      {t("sourcing.alerts.title")}
    </Button>
  );
}
