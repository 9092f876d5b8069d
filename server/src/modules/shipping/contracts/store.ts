import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { ConflictError, InvalidError, NotFoundError } from "../../../http/errors.js";
import type { RateCard } from "../rates/schema.js";
import { validateRateCard } from "../rates/validate.js";

export type Contract = {
  carrier: string;
  card: RateCard;
  stationId: string | null;
  webhookSecret: string;
  updatedAt: string;
};

type ContractRow = {
  carrier_code: string;
  card: RateCard;
  station_id: string | null;
  webhook_secret: string;
  updated_at: string | Date;
};

const contractOf = (row: ContractRow): Contract => ({
  carrier: row.carrier_code,
  card: row.card,
  stationId: row.station_id,
  webhookSecret: row.webhook_secret,
  updatedAt: new Date(row.updated_at).toISOString(),
});

export async function listContracts(db: Db, hubId: string): Promise<Contract[]> {
  const rows = await queryRows<ContractRow>(
    db,
    sql`select * from carrier_contracts where hub_id = ${hubId} order by carrier_code`,
  );
  return rows.map(contractOf);
}

export async function getContract(db: Db, hubId: string, carrier: string): Promise<Contract> {
  const [row] = await queryRows<ContractRow>(
    db,
    sql`select * from carrier_contracts where hub_id = ${hubId} and carrier_code = ${carrier}`,
  );
  if (!row) throw new NotFoundError("contract");
  return contractOf(row);
}

/** Every contract's rate card: what quotes and the allocation price parcels with. */
export async function cardsOf(db: Db, hubId: string): Promise<RateCard[]> {
  return (await listContracts(db, hubId)).map((contract) => contract.card);
}

/**
 * Puts a carrier's rate card in place (checked whole: a bad card changes nothing). The station
 * is kept when not given; the webhook secret is made once, with the first card.
 */
export async function saveContract(
  db: Db,
  hubId: string,
  input: { card: unknown; stationId?: string | null },
): Promise<Contract> {
  const validation = validateRateCard(input.card);
  if (!validation.ok)
    throw new InvalidError(
      "validation_failed",
      {},
      validation.problems.map((p) => ({ path: ["card", ...p.path].join("."), code: p.code, params: p.params })),
    );
  const { card } = validation;
  if (input.stationId) await assertStation(db, hubId, input.stationId);
  const keepStation = input.stationId === undefined;
  const [row] = await queryRows<ContractRow>(
    db,
    sql`insert into carrier_contracts (hub_id, carrier_code, card, station_id, webhook_secret)
        values (${hubId}, ${card.carrier}, ${JSON.stringify(card)}::jsonb, ${input.stationId ?? null}, ${newSecret()})
        on conflict (hub_id, carrier_code) do update set
          card = excluded.card,
          station_id = case when ${keepStation} then carrier_contracts.station_id else excluded.station_id end,
          updated_at = now()
        returning *`,
  );
  return contractOf(row as ContractRow);
}

/** Names the station that collects a carrier's parcels (null: none), leaving the card as it is. */
export async function setContractStation(
  db: Db,
  hubId: string,
  carrier: string,
  stationId: string | null,
): Promise<Contract> {
  if (stationId) await assertStation(db, hubId, stationId);
  const [row] = await queryRows<ContractRow>(
    db,
    sql`update carrier_contracts set station_id = ${stationId}, updated_at = now()
        where hub_id = ${hubId} and carrier_code = ${carrier} returning *`,
  );
  if (!row) throw new NotFoundError("contract");
  return contractOf(row);
}

export async function deleteContract(db: Db, hubId: string, carrier: string): Promise<void> {
  const rows = await queryRows<{ carrier_code: string }>(
    db,
    sql`delete from carrier_contracts where hub_id = ${hubId} and carrier_code = ${carrier} returning carrier_code`,
  );
  if (rows.length === 0) throw new NotFoundError("contract");
}

async function assertStation(db: Db, hubId: string, stationId: string): Promise<void> {
  const [station] = await queryRows<{ id: string }>(
    db,
    sql`select id from organisations where hub_id = ${hubId} and id = ${stationId} and kind = 'carrier_station'`,
  );
  if (!station) throw new ConflictError("contract_station_invalid", {}, "stationId");
}

// 32 bytes of randomness: as strong as the HMAC-SHA256 key it becomes.
const newSecret = () => randomBytes(32).toString("base64url");
