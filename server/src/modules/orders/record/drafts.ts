import type { ParsedAddress } from "../address/parse.js";
import type { Source } from "../ingest/types.js";
import type { PickedSku } from "./picked-skus.js";

export type OrderPlatform = "taobao" | "shopify" | "manual" | "api" | "live";

/** An order as it arrives from a file, the form or the API, before its codes are resolved. */
export type OrderDraft = {
  platform: OrderPlatform;
  platformOrderNumber: string;
  buyerName: string;
  phone: string;
  address: ParsedAddress;
  placedAt: string;
  totalFen?: number | undefined;
  lines: DraftLine[];
  source?: Source | undefined;
};

export type DraftLine = {
  skuCode: string;
  title: string;
  quantity: number;
  unitPriceFen: number;
  source?: Source | undefined;
};

/** A draft whose every line found its supplier SKU in the shop's selection. */
export type ResolvedOrder = OrderDraft & { resolved: (DraftLine & { sku: PickedSku })[] };
