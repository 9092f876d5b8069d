import { Button, Menu, Text } from "@mantine/core";
import { IconCheck, IconPlus, IconSelector } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMe } from "../accounts/me";
import { selectOrganisation, useCurrentOrganisation } from "../accounts/selected-organisation";
import { useLocalName } from "../locales/local-name";

export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const navigate = useNavigate();
  const organisations = useMe().data?.organisations ?? [];
  const current = useCurrentOrganisation();
  return (
    <Menu position="bottom-end" width={280} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          px="xs"
          maw={{ base: 132, sm: 280 }}
          rightSection={<IconSelector size={16} />}
          aria-label={t("switcher.label")}
          data-testid="organisation-switcher"
        >
          <Text size="sm" truncate>
            {current?.name ?? t("switcher.none")}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("switcher.label")}</Menu.Label>
        {organisations.map((organisation) => (
          <Menu.Item
            key={organisation.id}
            onClick={() => selectOrganisation(organisation.id)}
            rightSection={organisation.id === current?.id ? <IconCheck size={16} /> : null}
          >
            <Text size="sm" fw={500}>
              {organisation.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`kinds.${organisation.kind}`)} · {localName(organisation.hubName, organisation.hubNameEn)}
            </Text>
          </Menu.Item>
        ))}
        {organisations.length > 0 && <Menu.Divider />}
        <Menu.Item leftSection={<IconPlus size={16} />} onClick={() => navigate("/start")}>
          {t("switcher.createOrJoin")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
