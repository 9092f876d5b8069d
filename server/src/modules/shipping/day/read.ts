import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { NotFoundError } from "../../../http/errors.js";
import type { Language } from "../../../http/language.js";
import { translate } from "../../../http/messages.js";
import type { ShopShare } from "../allocation/types.js";
import type { AllocationSummary } from "./summary.js";

type RunRow = {
  id: string;
  business_date: string;
  status: "running" | "done" | "failed";
  started_at: string | Date;
  finished_at: string | Date | null;
  error: string | null;
  summary: AllocationSummary | null;
};

/**
 * The day's allocation as the page shows it: a run under way, else the latest finished one
 * (whose waybills are the day's), with shop names and every reason in the reader's language.
 * A later failed attempt is told in `error`; with no finished run, the failed one is shown.
 */
export async function allocationOf(db: Db, hubId: string, date: string, language: Language) {
  const [run] = await queryRows<RunRow>(
    db,
    sql`select id, business_date::text, status, started_at, finished_at, error, summary from allocation_runs
        where hub_id = ${hubId} and business_date = ${date}
        order by status = 'running' desc, status = 'done' desc, started_at desc, id limit 1`,
  );
  const [latest] = await queryRows<{ status: string; error: string | null }>(
    db,
    sql`select status, error from allocation_runs where hub_id = ${hubId} and business_date = ${date}
        order by started_at desc, id limit 1`,
  );
  if (!run) throw new NotFoundError("allocation");
  if (latest?.status === "failed") run.error = latest.error;
  const names = await shopNames(db, hubId);
  const summary = run.summary && {
    ...run.summary,
    shops: run.summary.shops.map((shop) => ({ ...shop, shopName: names.get(shop.shopId) ?? "" })),
    unallocated: run.summary.unallocated.map((parcel) => ({
      ...parcel,
      shopName: names.get(parcel.shopId) ?? "",
      reasonText: translate(parcel.reason, language),
    })),
  };
  return {
    id: run.id,
    date: run.business_date,
    status: run.status,
    startedAt: new Date(run.started_at).toISOString(),
    finishedAt: run.finished_at ? new Date(run.finished_at).toISOString() : null,
    error: run.error,
    summary,
  };
}

/** A shop's side of the day's pool, once the day is allocated. */
export async function shareOf(
  db: Db,
  hubId: string,
  shopId: string,
  date: string,
): Promise<(ShopShare & { shopName: string }) | null> {
  const [row] = await queryRows<{ share: ShopShare | null; name: string }>(
    db,
    sql`select (select s from jsonb_array_elements(r.summary->'shops') s where s->>'shopId' = ${shopId}) as share,
          (select name from organisations where hub_id = ${hubId} and id = ${shopId}) as name
        from allocation_runs r
        where r.hub_id = ${hubId} and r.business_date = ${date} and r.status = 'done'
        order by r.started_at desc limit 1`,
  );
  return row?.share ? { ...row.share, shopName: row.name } : null;
}

async function shopNames(db: Db, hubId: string): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id, name from organisations where hub_id = ${hubId} and kind = 'shop'`,
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Each carrier's parcels in the day's latest finished allocation: the tier a quote reaches. */
export async function carrierVolumesOf(db: Db, hubId: string, date: string): Promise<Record<string, number>> {
  const rows = await queryRows<{ carrier: string; parcels: number }>(
    db,
    sql`select c->>'carrier' as carrier, (c->>'parcels')::int as parcels
        from (select summary from allocation_runs
              where hub_id = ${hubId} and business_date = ${date} and status = 'done'
              order by started_at desc limit 1) r,
             jsonb_array_elements(r.summary->'carriers') c`,
  );
  return Object.fromEntries(rows.map((row) => [row.carrier, row.parcels]));
}
