import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SheetProblem } from "./queries";

/** A refused sheet's problems, one row each: the spreadsheet's row, its column header, and what is wrong. */
export function SheetProblemsTable({ problems }: { problems: SheetProblem[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table striped withTableBorder verticalSpacing={6} aria-label={t("shipping.contracts.upload.problems")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>{t("shipping.contracts.upload.row")}</Table.Th>
            <Table.Th w={104}>{t("shipping.contracts.upload.column")}</Table.Th>
            <Table.Th>{t("shipping.contracts.upload.problem")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, i) => (
            // Problems have no id; their order is the sheet's and never changes.
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
            <Table.Tr key={i} data-testid="sheet-problem">
              <Table.Td>{problem.row ?? t("shipping.contracts.upload.wholeFile")}</Table.Td>
              <Table.Td>{problem.column ?? "—"}</Table.Td>
              <Table.Td>{problem.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
