import { ActionIcon, Avatar, Menu, Text } from "@mantine/core";
import { IconLogout, IconSettings } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMe } from "../accounts/me";
import { useLogout } from "../accounts/session";

export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useMe().data?.user;
  const logout = useLogout();
  if (!user) return null;
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <ActionIcon variant="transparent" size="lg" radius="xl" aria-label={t("user.menu")}>
          <Avatar size={32} radius="xl" color="orange">
            {user.name.slice(0, 1).toUpperCase()}
          </Avatar>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={500} c="bright" truncate>
            {user.name}
          </Text>
          <Text size="xs" truncate>
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Item leftSection={<IconSettings size={16} />} onClick={() => navigate("/settings")}>
          {t("nav.settings")}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          onClick={() => logout.mutate(undefined, { onSuccess: () => navigate("/login") })}
        >
          {t("user.logout")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
