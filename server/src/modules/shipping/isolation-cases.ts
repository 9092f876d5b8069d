import { getHub } from "../accounts/hubs.js";
import type { IsolationCase, Victim } from "../accounts/isolation-cases.js";
import { hubClock } from "../orders/cutoff/hub-clock.js";
import { saveContract } from "./contracts/store.js";
import { runAllocation } from "./day/run.js";
import { demoRateCards } from "./demo-rates.js";

/**
 * Waybills of the victim supplier: the orders cases' prepare has made today's purchase order
 * (and its parcel); a ZTO contract and today's allocation give it a waybill to print.
 */
async function victimWaybills({ db, hubId }: Victim) {
  const zto = demoRateCards().find((card) => card.carrier === "ZTO");
  await saveContract(db, hubId, { card: zto });
  await runAllocation(db, hubId, hubClock((await getHub(db, hubId)).timeZone).date);
  return { carrier: "ZTO", format: "csv" };
}

/** Shipping routes that name an organisation. */
export const shippingCases: Record<string, IsolationCase> = {
  "GET /api/orgs/{orgId}/carrier-preference": {},
  "PUT /api/orgs/{orgId}/carrier-preference": { body: { carriers: ["SF"] } },
  "GET /api/orgs/{orgId}/waybills": {},
  "POST /api/orgs/{orgId}/labels": { body: { size: "76x130" }, prepare: victimWaybills },
  "GET /api/orgs/{orgId}/pickups": {},
  "GET /api/orgs/{orgId}/pickups/{carrier}/manifest.{format}": {},
  "POST /api/orgs/{orgId}/scans": { body: { trackingNumber: "70000000001" } },
};
