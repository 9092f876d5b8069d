// Every module's tables, for drizzle-kit and for the typed database handle.
export * from "../modules/accounts/schema.js";
export * from "../modules/catalog/schema.js";
export * from "../modules/live/schema.js";
export * from "../modules/orders/schema.js";
export * from "../modules/shipping/schema.js";
export * from "../modules/sourcing/schema.js";
