import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatFen } from "../../locales/money";
import { figureLines, knownNames, PRODUCT_FIELDS, SKU_FIELDS } from "./changes";
import type { ImportChange } from "./queries";

/** On a phone a long list is scrolled past; the first ones show, the rest on request. */
const FIRST = 20;

/** What the apply will do, product by product and SKU by SKU, with prices before and after. */
export function ChangeList({ changes }: { changes: ImportChange[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (changes.length === 0) return null;
  const shown = all ? changes : changes.slice(0, FIRST);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("catalog.import.changes")}
      </Title>
      {shown.map((change) => (
        <Paper key={`${change.kind}-${change.row}`} withBorder p="xs" radius="md" data-testid="import-change">
          <ChangeLine change={change} />
        </Paper>
      ))}
      {!all && changes.length > FIRST && (
        <Button variant="subtle" onClick={() => setAll(true)} w="fit-content">
          {t("catalog.import.showAllChanges", { count: changes.length })}
        </Button>
      )}
    </Stack>
  );
}

const BADGES = {
  product_created: "teal",
  product_updated: "blue",
  sku_created: "teal",
  sku_updated: "blue",
} as const;

function ChangeLine({ change }: { change: ImportChange }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const head = (
    <Group gap={6} wrap="nowrap">
      <Badge variant="light" color={BADGES[change.kind]} radius="sm" style={{ flexShrink: 0 }}>
        {t(`catalog.import.kinds.${change.kind}`)}
      </Badge>
      <Text size="sm" fw={500} lineClamp={1}>
        {change.kind === "product_created" || change.kind === "product_updated" ? change.title : change.code}
      </Text>
      <Text size="xs" c="dimmed" style={{ flexShrink: 0, marginLeft: "auto" }}>
        {t("catalog.import.row", { row: change.row })}
      </Text>
    </Group>
  );
  const list = (names: string[]) => new Intl.ListFormat(i18n.language).format(names);
  let detail: string[] = [];
  if (change.kind === "product_created") detail = [t("catalog.import.counts.skus", { count: change.skus })];
  if (change.kind === "product_updated")
    detail = [list(knownNames(change.fields, PRODUCT_FIELDS).map((name) => t(`catalog.import.fields.${name}`)))];
  if (change.kind === "sku_created") detail = [change.title];
  if (change.kind === "sku_updated") {
    const other = knownNames(change.other, SKU_FIELDS).map((name) => t(`catalog.import.fields.${name}`));
    detail = [
      ...figureLines(change.differences, money).map(
        (line) => `${t(`catalog.import.figures.${line.name}`)} ${line.before} → ${line.after}`,
      ),
      other.length > 0 ? t("catalog.import.alsoChanges", { fields: list(other) }) : "",
    ];
  }
  return (
    <Stack gap={2}>
      {head}
      {detail
        .filter((line) => line)
        .map((line) => (
          <Text key={line} size="xs" c="dimmed">
            {line}
          </Text>
        ))}
    </Stack>
  );
}
