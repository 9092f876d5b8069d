import { Button, Code, Stack, Text } from "@mantine/core";
import { IconLink } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../locales/format";
import { ConfirmButton } from "../shell/ConfirmButton";
import { FormAlert } from "../shell/FormAlert";
import { LoadFailed } from "../shell/LoadFailed";
import { OnceSecret } from "../shell/OnceSecret";
import { useMakeStockFeed, useStockFeed } from "./queries";

/**
 * 库存同步链接: a secret URL per shop that an ERP, a shop tool or a spreadsheet reads without
 * logging in — each picked variant's code, what is left and the shop's price. The server keeps
 * only a hash, so the URLs show once, right after they are made.
 */
export function StockFeedPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const feed = useStockFeed(orgId);
  const make = useMakeStockFeed(orgId);
  const made = make.data;
  const existing = feed.data?.feed;
  return (
    <Stack gap="xs">
      <Text fw={600}>{t("sourcing.feed.title")}</Text>
      <Text size="sm" c="dimmed">
        {t("sourcing.feed.intro")}
      </Text>
      <Text size="xs" c="dimmed">
        {t("sourcing.feed.columns")} <Code>sku_code, title, available, price</Code>
      </Text>
      {feed.error && <LoadFailed error={feed.error} onRetry={() => feed.refetch()} />}
      <FormAlert error={make.error} />
      {made ? (
        <OnceSecret
          secrets={[
            { label: t("sourcing.feed.csv"), value: made.csvUrl },
            { label: t("sourcing.feed.json"), value: made.jsonUrl },
          ]}
          onDone={() => make.reset()}
        />
      ) : existing ? (
        <>
          <Text size="sm">
            {t("sourcing.feed.exists", { date: formatDate(existing.createdAt) })}{" "}
            <Text span c="dimmed" ff="monospace" size="xs">{`${existing.prefix}…`}</Text>
          </Text>
          <Text size="sm" c="dimmed">
            {t("sourcing.feed.lost")}
          </Text>
          <ConfirmButton
            question={t("sourcing.feed.confirmReplace")}
            onConfirm={() => make.mutate()}
            loading={make.isPending}
            w="fit-content"
          >
            {t("sourcing.feed.replace")}
          </ConfirmButton>
        </>
      ) : (
        feed.data && (
          <Button
            leftSection={<IconLink size={18} />}
            onClick={() => make.mutate()}
            loading={make.isPending}
            w="fit-content"
          >
            {t("sourcing.feed.make")}
          </Button>
        )
      )}
      <Text size="xs" c="dimmed">
        {t("sourcing.feed.secret")}
      </Text>
    </Stack>
  );
}
