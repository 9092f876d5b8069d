import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { components } from "../../api/schema.gen";

/** A bad row; `file` names which of several uploaded files it is in. */
type Problem = Pick<components["schemas"]["ImportProblem"], "row" | "column" | "message"> & { file?: string };

/** Every bad row: where (file, row, column as the sheet names it) and why, in the reader's language. */
export function ProblemList({ problems, total }: { problems: Problem[]; total: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("catalog.import.problems")}
      </Title>
      {problems.map((problem, i) => (
        <Paper
          // Problems have no id; their order is the sheet's and never changes.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          key={i}
          withBorder
          p="xs"
          radius="md"
          data-testid="import-problem"
        >
          <Group gap={6} mb={4}>
            {problem.file && (
              <Badge variant="outline" color="gray" radius="sm" tt="none" maw="100%">
                {problem.file}
              </Badge>
            )}
            <Badge variant="light" color="red" radius="sm">
              {problem.row === null ? t("catalog.import.wholeFile") : t("catalog.import.row", { row: problem.row })}
            </Badge>
            {problem.column && (
              <Badge variant="outline" color="gray" radius="sm" tt="none">
                {problem.column}
              </Badge>
            )}
          </Group>
          <Text size="sm">{problem.message}</Text>
        </Paper>
      ))}
      {total > problems.length && (
        <Text size="sm" c="dimmed">
          {t("catalog.import.moreProblems", { count: total - problems.length })}
        </Text>
      )}
    </Stack>
  );
}
