import { eq } from "drizzle-orm";
import type { Db } from "../../../db/connection.js";
import { orderSettings } from "../schema.js";
import { type FulfilmentMode, type FulfilmentStrategy, supplierSettingStrategy } from "./fulfilment.js";

export type OrderSettings = {
  /** HH:MM in the hub's time zone. */
  cutoffTime: string;
  defaultMode: FulfilmentMode;
  supplierModes: Record<string, FulfilmentMode>;
};

const DEFAULTS: OrderSettings = { cutoffTime: "16:00", defaultMode: "dropship", supplierModes: {} };

export async function getOrderSettings(db: Db, hubId: string): Promise<OrderSettings> {
  const [row] = await db.select().from(orderSettings).where(eq(orderSettings.hubId, hubId));
  if (!row) return { ...DEFAULTS };
  return { cutoffTime: row.cutoffTime.slice(0, 5), defaultMode: row.defaultMode, supplierModes: row.supplierModes };
}

export async function saveOrderSettings(db: Db, hubId: string, settings: OrderSettings): Promise<OrderSettings> {
  await db
    .insert(orderSettings)
    .values({ hubId, ...settings })
    .onConflictDoUpdate({ target: orderSettings.hubId, set: settings });
  return getOrderSettings(db, hubId);
}

export function strategyOf(settings: OrderSettings): FulfilmentStrategy {
  return supplierSettingStrategy(settings.defaultMode, settings.supplierModes);
}
