/** Every state a parcel shows: its own until it has a waybill, then the waybill's tracking status. */
export const WAYBILL_STATUSES = [
  "awaiting_carrier",
  "allocated",
  "pending",
  "collected",
  "in_transit",
  "out_for_delivery",
  "delivered",
  "problem",
  "returned",
] as const;

export type WaybillStatus = (typeof WAYBILL_STATUSES)[number];

const COLOURS: Record<WaybillStatus, string> = {
  awaiting_carrier: "gray",
  allocated: "blue",
  pending: "orange",
  collected: "teal",
  in_transit: "cyan",
  out_for_delivery: "indigo",
  delivered: "green",
  problem: "red",
  returned: "grape",
};

/** A status the app knows; one the server adds later shows as its code rather than breaking the page. */
export function isWaybillStatus(status: string): status is WaybillStatus {
  return (WAYBILL_STATUSES as readonly string[]).includes(status);
}

export function statusColour(status: string): string {
  return isWaybillStatus(status) ? COLOURS[status] : "gray";
}
