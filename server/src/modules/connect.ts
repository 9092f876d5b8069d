import { onCatalogChange } from "./catalog/events.js";
import { alertPickers } from "./sourcing/alerts.js";

/**
 * Joins the modules that react to each other's changes: sourcing's alerts hear the catalog's
 * price and stock changes. Every entry point that writes (the HTTP app, the CLI) calls it
 * before its first write, so a change made from `taocun catalog import` alerts shops as one
 * made in the web app does. Calling it again changes nothing.
 */
export function connectModules(): void {
  onCatalogChange(alertPickers);
}
