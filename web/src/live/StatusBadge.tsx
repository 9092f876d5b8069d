import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RoomStatus } from "./queries";

const COLORS: Record<RoomStatus, string> = { scheduled: "gray", live: "red", ended: "dark" };

/** 未开始 / 直播中 / 已结束. */
export function StatusBadge({ status, size = "md" }: { status: RoomStatus; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[status]}
      variant={status === "live" ? "filled" : "light"}
      size={size}
      style={{ flexShrink: 0 }}
      data-testid="room-status"
    >
      {t(`live.status.${status}`)}
    </Badge>
  );
}
