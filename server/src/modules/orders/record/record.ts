import type { Db } from "../../../db/connection.js";
import type { OrderDraft } from "./drafts.js";
import type { ShopScope } from "./picked-skus.js";
import { type ResolveProblem, resolveDrafts } from "./resolve.js";
import { type SavedOrders, saveOrders } from "./save.js";

export type Recorded = SavedOrders & { problems: ResolveProblem[] };

/**
 * Brings a shop's orders in, all or nothing: when any line's code is not in the shop's
 * selection, every such line is reported and no order is written. Otherwise the orders are
 * saved (those already there are left) and stock reserved.
 */
export async function recordOrders(db: Db, shop: ShopScope, drafts: OrderDraft[]): Promise<Recorded> {
  const { orders, problems } = await resolveDrafts(db, shop, drafts);
  if (problems.length > 0) return { created: [], existing: [], problems };
  return { ...(await saveOrders(db, shop, orders)), problems };
}
