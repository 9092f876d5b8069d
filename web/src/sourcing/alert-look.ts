import type { components } from "../api/schema.gen";

type Alert = components["schemas"]["Alert"];
export type AlertKind = Alert["kind"];

export const ALERT_COLOURS: Record<AlertKind, string> = {
  price_changed: "orange",
  out_of_stock: "red",
  back_in_stock: "teal",
  archived: "gray",
  short_shipped: "red",
};

/** Whether a price alert means the shop now pays more or less, from the costs it records. */
export function costMove(alert: Pick<Alert, "kind" | "details">): "up" | "down" | null {
  if (alert.kind !== "price_changed") return null;
  const { costBefore, costAfter } = alert.details;
  if (typeof costBefore !== "number" || typeof costAfter !== "number" || costBefore === costAfter) return null;
  return costAfter > costBefore ? "up" : "down";
}

/** A product its supplier withdrew is no longer open to shops; the others can be looked at. */
export const opensProduct = (kind: AlertKind) => kind !== "archived";
