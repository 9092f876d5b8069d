import { randomInt } from "node:crypto";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../../db/connection.js";
import { InvalidError, TooManyRequestsError } from "../../../http/errors.js";
import { hashSecret } from "../../accounts/secrets.js";
import type { CodeSender } from "./sender.js";

const CODE_VALID_MS = 5 * 60_000;
/** One code a minute per phone, as SMS providers bill and throttle. */
const RESEND_AFTER_MS = 60_000;
const MAX_FAILURES = 5;

/** Sends a six-digit code to the phone (replacing any earlier one); answers it when the sender only logs it. */
export async function sendSignInCode(
  db: Db,
  sender: CodeSender,
  hubId: string,
  phone: string,
): Promise<{ devCode?: string }> {
  const code = String(randomInt(1_000_000)).padStart(6, "0");
  const [row] = await queryRows<{ phone: string }>(
    db,
    sql`insert into live_sign_in_codes (hub_id, phone, code_hash, expires_at)
        values (${hubId}, ${phone}, ${hashSecret(`${phone}:${code}`)}, ${new Date(Date.now() + CODE_VALID_MS).toISOString()})
        on conflict (hub_id, phone) do update
          set code_hash = excluded.code_hash, expires_at = excluded.expires_at, sent_at = now(), failures = 0
          where live_sign_in_codes.sent_at < now() - make_interval(secs => ${RESEND_AFTER_MS / 1000})
        returning phone`,
  );
  if (!row) throw new TooManyRequestsError("rate_limited", RESEND_AFTER_MS / 1000);
  await sender.send(phone, code);
  return sender.showsCode ? { devCode: code } : {};
}

/** Spends the phone's code if it matches; a wrong code counts against it, and too many spend it. */
export async function checkSignInCode(db: Db, hubId: string, phone: string, code: string): Promise<void> {
  const [spent] = await queryRows<{ phone: string }>(
    db,
    sql`delete from live_sign_in_codes
        where hub_id = ${hubId} and phone = ${phone} and code_hash = ${hashSecret(`${phone}:${code}`)}
          and expires_at > now() and failures < ${MAX_FAILURES}
        returning phone`,
  );
  if (spent) return;
  await db.execute(
    sql`update live_sign_in_codes set failures = failures + 1 where hub_id = ${hubId} and phone = ${phone}`,
  );
  throw new InvalidError("live_code_wrong", {}, [{ path: "code", code: "live_code_wrong" }]);
}
