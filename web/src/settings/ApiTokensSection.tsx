import { Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { formatDate } from "../locales/format";
import { ConfirmButton } from "../shell/ConfirmButton";
import { LoadFailed } from "../shell/LoadFailed";
import { CreateTokenForm } from "./CreateTokenForm";
import { useApiTokens, useRevokeApiToken } from "./queries";
import { Section } from "./Section";

export function ApiTokensSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const tokens = useApiTokens(orgId);
  const revoke = useRevokeApiToken(orgId);
  return (
    <Section title={t("settings.tokens.title")} intro={t("settings.tokens.intro")}>
      <CreateTokenForm orgId={orgId} />
      {tokens.isError && <LoadFailed error={tokens.error} onRetry={() => tokens.refetch()} />}
      {tokens.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("settings.tokens.none")}
        </Text>
      )}
      <Stack gap="xs">
        {tokens.data?.map((token) => (
          <Group key={token.id} justify="space-between" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate>
                {token.name} <Text span c="dimmed" ff="monospace" size="xs">{`${token.prefix}…`}</Text>
              </Text>
              <Text size="xs" c="dimmed">
                {t("settings.tokens.created", { date: formatDate(token.createdAt) })} ·{" "}
                {token.lastUsedAt
                  ? t("settings.tokens.lastUsed", { date: formatDate(token.lastUsedAt) })
                  : t("settings.tokens.neverUsed")}
              </Text>
            </div>
            <ConfirmButton
              question={t("settings.tokens.confirmRevoke", { name: token.name })}
              onConfirm={() =>
                revoke.mutate(token.id, {
                  onSuccess: () => notifications.show({ color: "teal", message: t("settings.tokens.revoked") }),
                })
              }
            >
              {t("settings.tokens.revoke")}
            </ConfirmButton>
          </Group>
        ))}
      </Stack>
    </Section>
  );
}
