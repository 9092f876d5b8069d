import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type MyOrganisation, useMe } from "../accounts/me";
import { selectOrganisation, useCurrentOrganisation } from "../accounts/selected-organisation";
import { useLocalName } from "../locales/local-name";

export function MyOrganisations() {
  const { t } = useTranslation();
  const organisations = useMe().data?.organisations ?? [];
  const current = useCurrentOrganisation();
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t("home.myOrganisations")}</Title>
        <Button component={Link} to="/start" variant="light" size="xs" leftSection={<IconPlus size={14} />}>
          {t("switcher.createOrJoin")}
        </Button>
      </Group>
      {organisations.length === 0 && <Text c="dimmed">{t("home.noOrganisation")}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {organisations.map((organisation) => (
          <OrganisationCard
            key={organisation.id}
            organisation={organisation}
            current={organisation.id === current?.id}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function OrganisationCard({ organisation, current }: { organisation: MyOrganisation; current: boolean }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  return (
    <UnstyledButton onClick={() => selectOrganisation(organisation.id)} aria-pressed={current}>
      <Paper withBorder radius="md" p="md" bd={current ? "2px solid var(--mantine-primary-color-filled)" : undefined}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} lineClamp={2}>
            {organisation.name}
          </Text>
          {current && <Badge size="sm">{t("home.current")}</Badge>}
        </Group>
        <Text size="sm" c="dimmed">
          {t(`kinds.${organisation.kind}`)} · {t(`roles.${organisation.role}`)}
        </Text>
        <Text size="xs" c="dimmed">
          {localName(organisation.hubName, organisation.hubNameEn)}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}
