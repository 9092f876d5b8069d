import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconAlertCircle, IconCircleCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProblemList } from "../catalog/import/ProblemList";
import type { OrderImport } from "./queries";

/** What an upload did: every problem (and then nothing imported), or the new, known and left-out orders. */
export function ImportOutcome({ result, onAgain }: { result: OrderImport; onAgain: () => void }) {
  const { t } = useTranslation();
  if (result.problems.length > 0)
    return (
      <>
        <Alert
          color="red"
          icon={<IconAlertCircle size={20} />}
          title={t("orders.upload.problemsTitle", { count: result.problems.length })}
          role="alert"
        >
          {t("orders.upload.problemsHint")}
        </Alert>
        <ProblemList problems={result.problems} total={result.problems.length} />
        <Button onClick={onAgain} w="fit-content">
          {t("orders.upload.retry")}
        </Button>
      </>
    );
  const counts = [
    { key: "created", colour: "teal", count: result.created.length },
    { key: "existing", colour: "blue", count: result.existing.length },
    { key: "skipped", colour: "gray", count: result.skipped.length },
  ] as const;
  return (
    <>
      <Alert color="green" icon={<IconCircleCheck size={20} />} title={t("orders.upload.doneTitle")} role="status">
        {t("orders.upload.doneHint")}
      </Alert>
      <SimpleGrid cols={3} spacing="xs">
        {counts.map(({ key, colour, count }) => (
          <Paper key={key} withBorder p="xs" radius="md" data-testid={`import-${key}`}>
            <Text size="xs" c="dimmed">
              {t(`orders.upload.counts.${key}`)}
            </Text>
            <Text fw={700} size="xl" c={colour}>
              {count}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Group>
        <Button component={Link} to="/orders">
          {t("orders.upload.seeOrders")}
        </Button>
        <Button variant="default" onClick={onAgain}>
          {t("orders.upload.again")}
        </Button>
      </Group>
      <Created result={result} />
      <Existing result={result} />
      <Skipped result={result} />
    </>
  );
}

function Created({ result }: { result: OrderImport }) {
  const { t } = useTranslation();
  if (result.created.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("orders.upload.created")}
      </Title>
      {result.created.map((order) => (
        <Paper key={order.id} withBorder p="xs" radius="md" data-testid="imported-order">
          <Group justify="space-between" gap="xs">
            <Text size="sm" ff="monospace" fw={600}>
              {order.platformOrderNumber}
            </Text>
            <Group gap={6}>
              {order.reserved > 0 && (
                <Badge color="teal" variant="light" radius="sm">
                  {t("orders.upload.coveredLines", { count: order.reserved })}
                </Badge>
              )}
              {order.backordered > 0 && (
                <Badge color="orange" variant="light" radius="sm">
                  {t("orders.upload.backorderedLines", { count: order.backordered })}
                </Badge>
              )}
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function Existing({ result }: { result: OrderImport }) {
  const { t } = useTranslation();
  if (result.existing.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("orders.upload.existing")}
      </Title>
      {result.existing.map((order) => (
        <Paper key={order.id} withBorder p="xs" radius="md" data-testid="existing-order">
          <Text size="sm" ff="monospace">
            {order.platformOrderNumber}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

function Skipped({ result }: { result: OrderImport }) {
  const { t } = useTranslation();
  if (result.skipped.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("orders.upload.skipped")}
      </Title>
      {result.skipped.map((order, i) => (
        <Paper
          // The same order may be left out whole and line by line; the server's order is kept.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          key={i}
          withBorder
          p="xs"
          radius="md"
          data-testid="skipped-order"
        >
          <Group justify="space-between" gap="xs">
            <Text size="sm" ff="monospace" c="dimmed">
              {order.platformOrderNumber}
              {order.scope === "line" ? ` · ${t("orders.upload.skippedLine")}` : ""}
            </Text>
            <Badge color="gray" variant="light" radius="sm">
              {order.status}
            </Badge>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
