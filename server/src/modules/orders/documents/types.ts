/**
 * What the printable documents are made from: plain values, filled from SQL by the orders
 * service. Texts are printed as given; dates and times are strings already in the hub's time
 * zone ("2025-05-14", "16:00", "2025-05-14 16:05"); money is integer fen; lists are printed in
 * the order given.
 */

import type { Language } from "../../../http/language.js";

/** How to print: Chinese unless asked otherwise. */
export type DocumentOptions = { language?: Language };

/** Money in fen (分), an integer: ¥12.50 is 1250. */
export type Fen = number;

/** 自提: the shop collects the goods at the supplier. 代发: the supplier ships each order to its buyer. */
export type Fulfilment = "pickup" | "dropship";

/** One option of a SKU as the supplier named it, printed "颜色: 黑色". */
export type OptionValue = { name: string; value: string };

/** A SKU as it appears on paper. */
export type SkuText = {
  skuCode: string;
  /** The supplier's product title. */
  title: string;
  /** In the product's option order; empty for a product without options. */
  options: OptionValue[];
};

/** A supplier or shop; only the name is required, the rest is printed when present. */
export type Party = {
  name: string;
  contact?: string;
  phone?: string;
  address?: string;
};

/** When the document was printed, "2025-05-14 16:05" (hub time); shown in the footer when given. */
type Printed = { printedAt?: string };

// ── Pick list: what one supplier hands over on one day, grouped by shop ──

export type PickListLine = SkuText & { quantity: number };

/** One shop's part of the pick list: exactly the lines of one purchase order. */
export type PickListShop = {
  shopName: string;
  /** Printed as a Code 128 barcode: ASCII only. */
  purchaseOrderNumber: string;
  fulfilment: Fulfilment;
  lines: PickListLine[];
};

export type PickListDocument = Printed & {
  hubName: string;
  supplierName: string;
  /** The business day, "2025-05-14". */
  date: string;
  /** The hub's cut-off that produced it, "16:00". */
  cutoffTime: string;
  shops: PickListShop[];
};

// ── Purchase order: one supplier × one shop × one day ──

export type PurchaseOrderLine = SkuText & {
  /** The wholesale or dropship price the shop pays. */
  unitPriceFen: Fen;
  /** Units ordered at the cut-off. */
  quantity: number;
  /** Units the supplier could not deliver, 0 to `quantity`. */
  shortShipped: number;
};

export type PurchaseOrderDocument = Printed & {
  /** Printed as a Code 128 barcode: ASCII only. */
  number: string;
  hubName: string;
  date: string;
  cutoffTime?: string;
  fulfilment: Fulfilment;
  supplier: Party;
  shop: Party;
  lines: PurchaseOrderLine[];
  note?: string;
};

// ── Statement: what one shop owes one supplier at the end of one day ──

/** A PO line: adds unit price × quantity to what the shop owes. */
export type StatementOrderLine = SkuText & {
  kind: "order_line";
  purchaseOrderNumber: string;
  quantity: number;
  unitPriceFen: Fen;
  /** Which of the supplier's prices applied: 批发价 for pickup, 代发价 for dropship. */
  price: "wholesale" | "dropship";
};

/** Units of a PO line the supplier did not deliver: takes unit price × quantity off. */
export type StatementShortShip = SkuText & {
  kind: "short_ship";
  purchaseOrderNumber: string;
  /** The units short-shipped, a positive count. */
  quantity: number;
  unitPriceFen: Fen;
};

/** Money the shop paid the supplier: takes `amountFen` (positive) off. */
export type StatementPayment = {
  kind: "payment";
  /** A transfer number or receipt number. */
  reference: string;
  amountFen: Fen;
  note?: string;
};

export type StatementEntry = StatementOrderLine | StatementShortShip | StatementPayment;

export type StatementDocument = Printed & {
  hubName: string;
  date: string;
  shop: Party;
  supplier: Party;
  /** What the shop owed the supplier before this day (negative: the supplier owes the shop). */
  openingBalanceFen: Fen;
  /** Usually each PO's lines with their short-ships after them, then payments. */
  entries: StatementEntry[];
};
