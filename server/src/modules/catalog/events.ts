import type { Db } from "../../db/connection.js";

/** What happened to a product that shops may have picked. */
export type CatalogChange = {
  hubId: string;
  productId: string;
  skuId?: string;
  kind: "price_changed" | "out_of_stock" | "back_in_stock" | "archived";
  details: Record<string, string | number | null>;
};

type Listener = (db: Db, changes: CatalogChange[]) => Promise<void>;
const listeners: Listener[] = [];

/**
 * Other modules (sourcing's alerts) listen to catalog changes without catalog knowing them.
 * Listeners run inside the transaction of the change, so an alert exists exactly when its
 * change does.
 */
export function onCatalogChange(listener: Listener): void {
  if (!listeners.includes(listener)) listeners.push(listener);
}

export async function emitCatalogChanges(db: Db, changes: CatalogChange[]): Promise<void> {
  if (changes.length === 0) return;
  for (const listener of listeners) await listener(db, changes);
}

type StockListener = (db: Db, hubId: string, skuIds: string[]) => Promise<void>;
const stockListeners: StockListener[] = [];

/**
 * Stock came in for these SKUs (on hand went up): orders waiting for them (orders'
 * backorders) can now be served. Runs inside the transaction that added the stock.
 */
export function onStockAdded(listener: StockListener): void {
  if (!stockListeners.includes(listener)) stockListeners.push(listener);
}

export async function emitStockAdded(db: Db, hubId: string, skuIds: string[]): Promise<void> {
  if (skuIds.length === 0) return;
  for (const listener of stockListeners) await listener(db, hubId, skuIds);
}
