import { AppShell, Badge, NavLink, ScrollArea, Text } from "@mantine/core";
import { IconAddressBook, IconClockHour4, IconHome, IconSettings, type TablerIcon } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useMe } from "../accounts/me";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { MODULES } from "../modules/modules";
import { ordersEntries } from "../orders/navigation";
import { shippingEntries } from "../shipping/navigation";
import { useUnreadAlerts } from "../sourcing/queries";

type Item = { to: string; label: string; icon: TablerIcon; soon?: boolean; unread?: number };

export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const isOperator = (useMe().data?.operatorOf.length ?? 0) > 0;
  const organisation = useCurrentOrganisation();
  const unread = useUnreadAlerts(organisation?.kind === "shop" ? organisation.id : undefined).data;
  const modules: Item[] = MODULES.flatMap((m) =>
    m.key === "orders"
      ? ordersEntries(organisation?.kind).map((entry) => ({ ...entry, label: t(entry.label) }))
      : m.key === "shipping"
        ? shippingEntries(organisation?.kind, isOperator).map((entry) => ({ ...entry, label: t(entry.label) }))
        : [
            {
              to: `/${m.key}`,
              label: t(`nav.${m.key}`),
              icon: m.icon,
              soon: !m.ready,
              ...(m.key === "sourcing" ? { unread } : {}),
            },
          ],
  );
  const management: Item[] = [
    { to: "/settings", label: t("nav.settings"), icon: IconSettings },
    ...(isOperator
      ? [
          { to: "/directory", label: t("nav.directory"), icon: IconAddressBook },
          { to: "/order-settings", label: t("nav.orderSettings"), icon: IconClockHour4 },
        ]
      : []),
  ];
  return (
    <AppShell.Section grow component={ScrollArea} p="xs" aria-label={t("nav.label")}>
      <NavItem item={{ to: "/", label: t("nav.home"), icon: IconHome }} onNavigate={onNavigate} />
      <SectionLabel>{t("nav.modules")}</SectionLabel>
      {modules.map((item) => (
        <NavItem key={item.to} item={item} onNavigate={onNavigate} />
      ))}
      <SectionLabel>{t("nav.management")}</SectionLabel>
      {management.map((item) => (
        <NavItem key={item.to} item={item} onNavigate={onNavigate} />
      ))}
    </AppShell.Section>
  );
}

function SectionLabel({ children }: { children: string }) {
  return (
    <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
      {children}
    </Text>
  );
}

function NavItem({ item, onNavigate }: { item: Item; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const Icon = item.icon;
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={item.label}
      active={pathname === item.to || (item.to !== "/" && pathname.startsWith(`${item.to}/`))}
      onClick={onNavigate}
      leftSection={<Icon size={20} stroke={1.6} />}
      rightSection={
        item.soon ? (
          <Badge size="xs" variant="light" color="gray">
            {t("common.comingSoon")}
          </Badge>
        ) : item.unread ? (
          <Badge
            size="sm"
            variant="filled"
            color="red"
            aria-label={t("sourcing.alerts.unread", { count: item.unread })}
          >
            {item.unread}
          </Badge>
        ) : null
      }
      style={{ borderRadius: "var(--mantine-radius-md)" }}
    />
  );
}
