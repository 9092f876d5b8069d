import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { InvalidError, NotFoundError } from "../../../http/errors.js";
import { type ParsedAddress, parseAddress } from "../../orders/address/parse.js";
import type { Buyer } from "./sessions.js";

export type AddressInput = { name: string; phone: string; address: string };
export type BookAddress = AddressInput & { id: string };

/** Adds an address to the buyer's book once it parses into province, city and detail. */
export async function addAddress(db: Db, buyer: Buyer, input: AddressInput): Promise<BookAddress> {
  const parsed = parseAddress(input.address);
  if (!parsed.ok)
    throw new InvalidError("validation_failed", {}, [
      { path: "address", code: parsed.problem, params: { value: input.address } },
    ]);
  const [row] = await queryRows<BookAddress>(
    db,
    sql`insert into live_buyer_addresses (hub_id, buyer_id, name, phone, address)
        values (${buyer.hubId}, ${buyer.id}, ${input.name}, ${input.phone}, ${input.address})
        returning id, name, phone, address`,
  );
  return row as BookAddress;
}

export async function addressBook(db: Db, buyer: Buyer): Promise<BookAddress[]> {
  return queryRows<BookAddress>(
    db,
    sql`select id, name, phone, address from live_buyer_addresses
        where hub_id = ${buyer.hubId} and buyer_id = ${buyer.id} order by created_at desc`,
  );
}

/** One of the buyer's addresses, parsed for an order. */
export async function shippingAddress(
  db: Db,
  buyer: Pick<Buyer, "hubId" | "id">,
  addressId: string,
): Promise<BookAddress & { parsed: ParsedAddress }> {
  const [row] = await queryRows<BookAddress>(
    db,
    sql`select id, name, phone, address from live_buyer_addresses
        where hub_id = ${buyer.hubId} and buyer_id = ${buyer.id} and id = ${addressId}`,
  );
  if (!row) throw new NotFoundError("live_address");
  const parsed = parseAddress(row.address);
  if (!parsed.ok) throw new InvalidError("live_address_invalid", { reason: parsed.problem });
  return { ...row, parsed: parsed.address };
}
