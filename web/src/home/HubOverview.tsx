import { Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ORG_KINDS } from "../accounts/organisations";
import { useHubSummary } from "../hub/queries";
import { useLocalName } from "../locales/local-name";
import { LoadFailed } from "../shell/LoadFailed";

export function HubOverview({ hubId }: { hubId: string | undefined }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const hub = useHubSummary(hubId);
  if (hub.isError) return <LoadFailed error={hub.error} onRetry={() => hub.refetch()} />;
  return (
    <Stack gap="sm">
      <div>
        {hub.data ? (
          <Title order={3} data-testid="hub-name">
            {localName(hub.data.name, hub.data.nameEn)}
          </Title>
        ) : (
          <Skeleton h={28} w={200} />
        )}
        <Text size="sm" c="dimmed">
          {t("home.hubCounts")}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {ORG_KINDS.map((kind) => (
          <Paper key={kind} withBorder radius="md" p="md">
            <Text size="xs" c="dimmed" fw={500}>
              {t(`kinds.${kind}`)}
            </Text>
            <Text fz={28} fw={700} lh={1.3} data-testid={`count-${kind}`}>
              {hub.data ? hub.data.organisations[kind].toLocaleString() : "–"}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
