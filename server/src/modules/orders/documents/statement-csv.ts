import { stringify } from "csv-stringify/sync";
import { type StatementRow, statementFigures } from "./figures.js";
import { type Labels, labelsFor, optionText } from "./labels.js";
import { yuan } from "./money.js";
import type { DocumentOptions, StatementDocument } from "./types.js";

/**
 * Text a spreadsheet would run as a formula (a title typed as "=HYPERLINK(…)") gets a leading
 * apostrophe, which Excel and WPS show as plain text. Numbers are written as numbers.
 */
export function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

type Described = Record<"kind" | "reference" | "skuCode" | "title" | "options" | "quantity" | "unitPrice", string>;

function describe(row: StatementRow, labels: Labels): Described {
  const { entry } = row;
  const words = labels.statement;
  if (entry.kind === "payment") {
    const kind = words.kinds.payment;
    return {
      kind,
      reference: entry.reference,
      skuCode: "",
      title: entry.note ?? "",
      options: "",
      quantity: "",
      unitPrice: "",
    };
  }
  const sign = entry.kind === "short_ship" ? -1 : 1;
  return {
    kind: entry.kind === "order_line" ? words.kindWithPrice(entry.price) : words.kinds.short_ship,
    reference: entry.purchaseOrderNumber,
    skuCode: entry.skuCode,
    title: entry.title,
    options: optionText(entry.options),
    quantity: String(sign * entry.quantity),
    unitPrice: yuan(entry.unitPriceFen),
  };
}

/**
 * The statement as CSV for Excel: one row per entry between an opening and a closing row,
 * every row naming the day, shop and supplier so several statements can be pasted together.
 * UTF-8 with a byte-order mark, which is what makes Excel on Chinese Windows read it as UTF-8
 * instead of GBK; CRLF line ends. Amounts in yuan with two decimals; a short-ship's quantity
 * and amount are negative, so quantity × unit price = amount on every line.
 */
export function statementCsv(statement: StatementDocument, options: DocumentOptions = {}): string {
  const labels = labelsFor(options.language);
  const words = labels.statement;
  const figures = statementFigures(statement);
  const who = [statement.date, statement.shop.name, statement.supplier.name].map(asText);
  const balanceOnly = (kind: string, balanceFen: number) => [
    ...who,
    kind,
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    yuan(balanceFen),
  ];
  const rows = figures.rows.map((row) => {
    const line = describe(row, labels);
    const text = [line.kind, line.reference, line.skuCode, line.title, line.options].map(asText);
    return [...who, ...text, line.quantity, line.unitPrice, yuan(row.amountFen), yuan(row.balanceFen)];
  });
  const c = labels.csv;
  const header = [c.date, c.shop, c.supplier, c.kind, c.reference, c.skuCode, c.title, c.options, c.quantity];
  return stringify(
    [
      [...header, c.unitPrice, c.amount, c.balance],
      balanceOnly(words.opening, statement.openingBalanceFen),
      ...rows,
      balanceOnly(words.closing, figures.closingBalanceFen),
    ],
    { bom: true, record_delimiter: "windows" },
  );
}
