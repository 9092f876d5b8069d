import { Chip, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../accounts/me";
import { ORG_KINDS, type OrgKind } from "../accounts/organisations";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { useLocalName } from "../locales/local-name";
import { DirectoryList } from "./DirectoryList";

/** For hub operators: every organisation in their hub, by kind and name. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const hubs = useMe().data?.operatorOf ?? [];
  const current = useCurrentOrganisation();
  const [chosenHub, setChosenHub] = useState<string | null>(null);
  const [kind, setKind] = useState<OrgKind | "all">("all");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const hubId = chosenHub ?? hubs.find((hub) => hub.id === current?.hubId)?.id ?? hubs[0]?.id;

  if (!hubId) return <Text>{t("directory.notOperator")}</Text>;
  return (
    <Stack maw={900} gap="md">
      <div>
        <Title order={2}>{t("directory.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("directory.intro")}
        </Text>
      </div>
      {hubs.length > 1 && (
        <Select
          label={t("directory.hub")}
          data={hubs.map((hub) => ({ value: hub.id, label: localName(hub.name, hub.nameEn) }))}
          value={hubId}
          onChange={setChosenHub}
          allowDeselect={false}
        />
      )}
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={t("directory.search")}
        aria-label={t("directory.search")}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        type="search"
      />
      <Chip.Group value={kind} onChange={(value) => setKind(value as OrgKind | "all")}>
        <Group gap="xs">
          {(["all", ...ORG_KINDS] as const).map((option) => (
            <Chip key={option} value={option} size="sm">
              {option === "all" ? t("directory.all") : t(`kinds.${option}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <DirectoryList key={`${hubId}/${kind}/${q}`} hubId={hubId} kind={kind === "all" ? null : kind} q={q} />
    </Stack>
  );
}
