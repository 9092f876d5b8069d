import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { InvalidError } from "../../../http/errors.js";
import { isCarrierCode } from "../carriers.js";

/** The carriers a shop allows; empty when it allows every carrier. */
export async function preferenceOf(db: Db, hubId: string, shopId: string): Promise<string[]> {
  const [row] = await queryRows<{ carriers: string[] }>(
    db,
    sql`select carriers from carrier_preferences where hub_id = ${hubId} and shop_id = ${shopId}`,
  );
  return row?.carriers ?? [];
}

/** Sets the carriers a shop allows ("SF only" for fresh goods); an empty list allows every carrier again. */
export async function savePreference(db: Db, hubId: string, shopId: string, carriers: string[]): Promise<string[]> {
  const problems = carriers.flatMap((code, i) =>
    isCarrierCode(code)
      ? []
      : [{ path: `carriers.${i}`, code: "preference_carrier_unknown" as const, params: { value: code } }],
  );
  if (problems.length > 0) throw new InvalidError("validation_failed", {}, problems);
  const unique = [...new Set(carriers)].sort();
  if (unique.length === 0) {
    await db.execute(sql`delete from carrier_preferences where hub_id = ${hubId} and shop_id = ${shopId}`);
    return [];
  }
  await db.execute(
    sql`insert into carrier_preferences (hub_id, shop_id, carriers)
        values (${hubId}, ${shopId}, (select array_agg(c) from jsonb_array_elements_text(${JSON.stringify(unique)}::jsonb) c))
        on conflict (hub_id, shop_id) do update set carriers = excluded.carriers`,
  );
  return unique;
}
