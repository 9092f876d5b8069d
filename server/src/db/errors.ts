/** The database could not be opened or reached: start-up prints this in one line. */
export class DatabaseUnavailableError extends Error {}

/**
 * True when a statement failed on the named unique constraint or index. Drivers and
 * Drizzle wrap the server's error, so the chain of causes is searched.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (
    let e = error as { code?: string; constraint?: string; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (e.code === "23505" && e.constraint === constraint) return true;
  }
  return false;
}

/** True when a statement failed on the named CHECK constraint. */
export function isCheckViolation(error: unknown, constraint: string): boolean {
  for (
    let e = error as { code?: string; constraint?: string; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (e.code === "23514" && e.constraint === constraint) return true;
  }
  return false;
}
