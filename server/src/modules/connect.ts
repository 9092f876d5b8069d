import type { Db } from "../db/connection.js";
import { onCatalogChange, onStockAdded } from "./catalog/events.js";
import { fillBackorders } from "./orders/record/backorders.js";
import { alertPickers } from "./sourcing/alerts.js";

async function serveBackorders(db: Db, hubId: string, skuIds: string[]): Promise<void> {
  await fillBackorders(db, hubId, skuIds);
}

/**
 * Joins the modules that react to each other's changes: sourcing's alerts hear the catalog's
 * price and stock changes, and orders waiting for stock are served when it comes in. Every
 * entry point that writes (the HTTP app, the CLI) calls it before its first write, so a change
 * made from `taocun catalog import` reaches shops as one made in the web app does. Calling it
 * again changes nothing.
 */
export function connectModules(): void {
  onCatalogChange(alertPickers);
  onStockAdded(serveBackorders);
}
