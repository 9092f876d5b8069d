import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";

/**
 * Where tracking numbers come from. A carrier's e-waybill service (菜鸟, 拼多多 or the
 * carrier's own) gives them out in real life; an implementation of this plugs one in.
 */
export interface WaybillNumbers {
  /** `count` new numbers of the carrier, each never given before; inside the caller's transaction. */
  issue(tx: Db, carrier: string, count: number): Promise<string[]>;
}

/**
 * Prefixes and lengths like the carriers' own numbers, so labels, scanners and CSVs look as
 * they will; the local range starts far from zero so every number has its full length.
 */
const FORMATS: Record<string, { prefix: string; digits: number }> = {
  ZTO: { prefix: "7", digits: 11 },
  YTO: { prefix: "YT", digits: 13 },
  STO: { prefix: "77", digits: 11 },
  YD: { prefix: "43", digits: 11 },
  JTSD: { prefix: "JT", digits: 13 },
  SF: { prefix: "SF", digits: 13 },
  EMS: { prefix: "98", digits: 11 },
  YZPY: { prefix: "97", digits: 11 },
  JD: { prefix: "JDV", digits: 12 },
  DBL: { prefix: "DPK", digits: 12 },
  HTKY: { prefix: "55", digits: 11 },
};
const FALLBACK = { prefix: "", digits: 12 };
const FIRST = 10_000_000;

/**
 * The local stand-in: one counter per carrier in `waybill_number_ranges`, shared by every
 * hub on the server as a carrier's range is. The row lock makes concurrent issues disjoint.
 */
export const localWaybillNumbers: WaybillNumbers = {
  async issue(tx, carrier, count) {
    if (count === 0) return [];
    const [range] = await queryRows<{ next: string | number }>(
      tx,
      sql`insert into waybill_number_ranges (carrier_code, next) values (${carrier}, ${FIRST + count})
          on conflict (carrier_code) do update set next = waybill_number_ranges.next + ${count}
          returning next`,
    );
    const end = Number(range?.next);
    const format = FORMATS[carrier] ?? { ...FALLBACK, prefix: carrier };
    return Array.from(
      { length: count },
      (_, i) => format.prefix + String(end - count + i).padStart(format.digits, "0"),
    );
  },
};
