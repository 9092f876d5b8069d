import { createHash } from "node:crypto";
import { z } from "zod";
import { InvalidError } from "../../../http/errors.js";

/** Kinds of sort key a cursor carries; each is sent back to the database with its own cast. */
export type KeyKind = "timestamptz" | "integer" | "real";
export type KeyValue = string | number;

/**
 * Where the next page starts: the sort key and id of the last product shown. Opaque to
 * callers (base64url of JSON), and bound to the search it came from, so a cursor sent with
 * another query, filter or sort is refused instead of silently skipping products.
 */
type Cursor = { v: 1; search: string; keys: KeyValue[]; id: string };

const CursorShape = z.object({
  v: z.literal(1),
  search: z.string().max(64),
  keys: z.array(z.union([z.string().max(40), z.number()])).max(4),
  id: z.uuid(),
});

// An exact timestamp in UTC with microseconds, as the database writes it for a cursor.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const valid: Record<KeyKind, (value: KeyValue) => boolean> = {
  timestamptz: (value) => typeof value === "string" && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)),
  integer: (value) => typeof value === "number" && Number.isSafeInteger(value),
  real: (value) => typeof value === "number" && Number.isFinite(value),
};

/** A short digest of everything that defines a result list (query, filters, sort). */
export function searchFingerprint(search: unknown): string {
  return createHash("sha256").update(JSON.stringify(search)).digest("base64url").slice(0, 16);
}

export function encodeCursor(search: string, keys: KeyValue[], id: string): string {
  const cursor: Cursor = { v: 1, search, keys, id };
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The keys and id a cursor holds, or a 400 that says to start again. */
export function decodeCursor(text: string, search: string, kinds: KeyKind[]): { keys: KeyValue[]; id: string } {
  const cursor = parse(text);
  const fits =
    cursor !== undefined &&
    cursor.search === search &&
    cursor.keys.length === kinds.length &&
    kinds.every((kind, i) => valid[kind](cursor.keys[i] as KeyValue));
  if (!fits) throw new InvalidError("search_cursor_invalid", {}, [{ path: "cursor", code: "search_cursor_invalid" }]);
  return { keys: cursor.keys, id: cursor.id };
}

function parse(text: string): Cursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return undefined;
  try {
    const result = CursorShape.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return result.success ? (result.data as Cursor) : undefined;
  } catch {
    return undefined;
  }
}
