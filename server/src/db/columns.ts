import { timestamp } from "drizzle-orm/pg-core";

/** When a row was made, in UTC with its time zone; the hub's time zone is applied when shown. */
export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
