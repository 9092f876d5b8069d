import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../db/connection.js";
import { hubClock, hubOffset } from "../modules/orders/cutoff/hub-clock.js";
import { savePreference } from "../modules/shipping/contracts/preferences.js";
import { saveContract } from "../modules/shipping/contracts/store.js";
import { runAllocation } from "../modules/shipping/day/run.js";
import { demoRateCards } from "../modules/shipping/demo-rates.js";
import { recordEvents } from "../modules/shipping/tracking/record.js";
import type { DemoStep } from "./context.js";

// The village's own station collects for the franchise networks (a joint collection point, as
// villages have); the other stations take the remaining carriers in turn.
const VILLAGE_STATION_CARRIERS = ["ZTO", "YTO", "STO", "YD", "JTSD"];

/**
 * The village's express pool: a contract with each demo carrier, one shop that sends SF only,
 * and yesterday's parcels allocated and partly on their way, so waybills, labels, manifests and
 * tracking are there to see.
 */
export const shippingStep: DemoStep = {
  name: "shipping",
  async run(ctx) {
    const [village, ...others] = ctx.organisations.filter((org) => org.kind === "carrier_station");
    for (const [i, card] of demoRateCards().entries()) {
      const station = VILLAGE_STATION_CARRIERS.includes(card.carrier)
        ? village
        : (others[i % others.length] ?? village);
      await saveContract(ctx.db, ctx.hub.id, { card, stationId: station?.id ?? null });
    }
    const shops = ctx.organisations.filter((org) => org.kind === "shop");
    const fresh = shops[1 + ctx.rng.int(0, Math.max(0, shops.length - 2))];
    if (fresh) await savePreference(ctx.db, ctx.hub.id, fresh.id, ["SF"]);
    const yesterday = await lastCutOffDay(ctx.db, ctx.hub.id, hubClock(ctx.hub.timeZone).date);
    if (!yesterday) return;
    await runAllocation(ctx.db, ctx.hub.id, yesterday);
    await trackYesterday(ctx.db, ctx.hub.id, ctx.hub.timeZone, yesterday);
  },
};

/**
 * Yesterday's parcels of the village station's carriers left the hub: scanned at 18:00,
 * reported on their way overnight, every third delivered this morning. The other carriers'
 * parcels still wait for their stations.
 */
async function trackYesterday(db: Db, hubId: string, timeZone: string, yesterday: string): Promise<void> {
  const numbers = await queryRows<{ tracking_number: string }>(
    db,
    sql`select tracking_number from waybills where hub_id = ${hubId} and business_date = ${yesterday}
        and carrier_code in (select jsonb_array_elements_text(${JSON.stringify(VILLAGE_STATION_CARRIERS)}::jsonb))
        order by tracking_number`,
  );
  const today = new Date(Date.parse(`${yesterday}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const offset = hubOffset(timeZone);
  const events = numbers.flatMap(({ tracking_number: trackingNumber }, i) => [
    {
      trackingNumber,
      status: "collected" as const,
      carrierStatus: "揽收扫描",
      occurredAt: `${yesterday}T18:00:00${offset}`,
    },
    {
      trackingNumber,
      status: "in_transit" as const,
      carrierStatus: "已发往杭州转运中心",
      occurredAt: `${yesterday}T23:10:00${offset}`,
      location: "义乌",
    },
    ...(i % 3 === 0
      ? [
          {
            trackingNumber,
            status: "delivered" as const,
            carrierStatus: "已签收",
            occurredAt: `${today}T10:20:00${offset}`,
          },
        ]
      : []),
  ]);
  await recordEvents(db, hubId, events, "webhook", { allOrNothing: true });
}

async function lastCutOffDay(db: Db, hubId: string, today: string) {
  const [row] = await queryRows<{ business_date: string }>(
    db,
    sql`select business_date::text from cutoff_runs where hub_id = ${hubId} and business_date < ${today}
        order by business_date desc limit 1`,
  );
  return row?.business_date;
}
