import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "../../db/columns.js";

export const orgKind = pgEnum("org_kind", ["supplier", "shop", "carrier_station", "association"]);
export const memberRole = pgEnum("member_role", ["owner", "staff"]);

/** A village or cluster. Every hub record below carries its id first. */
export const hubs = pgTable("hubs", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
  timeZone: text("time_zone").notNull().default("Asia/Shanghai"),
  createdAt: createdAt(),
});

/** A person. Users are global: one person may work for organisations in several hubs. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    locale: text("locale").notNull().default("zh-CN"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_locale_known", sql`${t.locale} in ('zh-CN', 'en')`),
  ],
);

export const organisations = pgTable(
  "organisations",
  {
    hubId: uuid("hub_id")
      .notNull()
      .references(() => hubs.id),
    id: uuid("id").notNull().defaultRandom(),
    kind: orgKind("kind").notNull(),
    name: text("name").notNull(),
    /** County-level GB/T 2260 code (6 digits); province and city follow from it. */
    regionCode: text("region_code"),
    address: text("address"),
    contactPhone: text("contact_phone"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    uniqueIndex("organisations_hub_name_key").on(t.hubId, t.name),
    check("organisations_name_not_blank", sql`length(trim(${t.name})) > 0`),
    check("organisations_region_code_format", sql`${t.regionCode} ~ '^[0-9]{6}$'`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    hubId: uuid("hub_id").notNull(),
    orgId: uuid("org_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.orgId, t.userId] }),
    foreignKey({
      columns: [t.hubId, t.orgId],
      foreignColumns: [organisations.hubId, organisations.id],
    }).onDelete("cascade"),
    index("memberships_user_idx").on(t.userId),
  ],
);

/** Association staff who run the hub: they see every organisation in it. */
export const hubOperators = pgTable(
  "hub_operators",
  {
    hubId: uuid("hub_id")
      .notNull()
      .references(() => hubs.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.userId] }), index("hub_operators_user_idx").on(t.userId)],
);

export const invitations = pgTable(
  "invitations",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    email: text("email"),
    role: memberRole("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({
      columns: [t.hubId, t.orgId],
      foreignColumns: [organisations.hubId, organisations.id],
    }).onDelete("cascade"),
    uniqueIndex("invitations_token_key").on(t.tokenHash),
    check("invitations_accepted_together", sql`(${t.acceptedAt} is null) = (${t.acceptedBy} is null)`),
  ],
);

/** Bearer tokens for the API and the CLI: one organisation, one member, stored as a hash. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    hubId: uuid("hub_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    userId: uuid("user_id").notNull(),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({
      columns: [t.hubId, t.orgId, t.userId],
      foreignColumns: [memberships.hubId, memberships.orgId, memberships.userId],
    }).onDelete("cascade"),
    uniqueIndex("api_tokens_token_key").on(t.tokenHash),
  ],
);

/** Web-app log-ins. The cookie holds a random token; only its hash is stored. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Failed log-ins per e-mail address, kept in the database so that every server process
 * counts the same failures. Keyed by the address whether or not an account has it,
 * so a lock-out does not reveal which addresses exist.
 */
export const loginFailures = pgTable("login_failures", {
  email: text("email").primaryKey(),
  failures: integer("failures").notNull(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
});
