export {
  type Count,
  type PurchaseOrderFigures,
  pickListCount,
  purchaseOrderFigures,
  type StatementFigures,
  type StatementRow,
  statementFigures,
} from "./figures.js";
export { formatFen } from "./money.js";
export { pickListPdf } from "./pick-list.js";
export { purchaseOrderPdf } from "./purchase-order.js";
export { statementPdf } from "./statement.js";
export { statementCsv } from "./statement-csv.js";
export type * from "./types.js";
