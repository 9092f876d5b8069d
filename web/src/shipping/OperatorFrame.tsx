import { Select, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocalName } from "../locales/local-name";
import { useOperatorHub } from "./operator-hub";

/** A hub operator's shipping page: its title, the hub (when they run several), then the page for that hub. */
export function OperatorFrame({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: (hubId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { hubs, hubId, choose } = useOperatorHub();
  return (
    <Stack maw={960} gap="md">
      <div>
        <Title order={2}>{title}</Title>
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
      </div>
      {hubs.length > 1 && (
        <Select
          label={t("shipping.hub")}
          data={hubs.map((hub) => ({ value: hub.id, label: localName(hub.name, hub.nameEn) }))}
          value={hubId ?? null}
          onChange={choose}
          allowDeselect={false}
          w={{ base: "100%", xs: 320 }}
        />
      )}
      {hubId ? children(hubId) : <Text>{t("shipping.notOperator")}</Text>}
    </Stack>
  );
}
