import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import type { Language } from "../../http/language.js";
import type { CatalogChange } from "../catalog/events.js";
import { getProduct } from "../catalog/products.js";
import { alertMessage } from "./alert-messages.js";
import { alerts, picks } from "./schema.js";
import type { ShopScope } from "./shop-price-rule.js";

type Details = Record<string, string | number | null>;

/**
 * Writes an alert for every shop that picked the product (or the changed variant), inside
 * the transaction of the change (catalog's onCatalogChange), so an alert exists exactly
 * when its change does. A price change the shop does not pay (the wholesale tier of a
 * variant it buys at the dropship price) is not news.
 */
export async function alertPickers(db: Db, changes: CatalogChange[]): Promise<void> {
  const news = changes.flatMap((change) => {
    const details = change.kind === "price_changed" ? costChange(change.details) : change.details;
    return details ? [{ ...change, details }] : [];
  });
  if (news.length === 0) return;
  const pickers = await db
    .select({ hubId: picks.hubId, shopId: picks.shopId, productId: picks.productId, skuId: picks.skuId })
    .from(picks)
    .where(
      and(
        inArray(picks.hubId, [...new Set(news.map((change) => change.hubId))]),
        inArray(picks.productId, [...new Set(news.map((change) => change.productId))]),
      ),
    );
  const rows = [];
  for (const change of news) {
    const shops = new Set(
      pickers
        .filter((p) => p.hubId === change.hubId && p.productId === change.productId)
        .filter((p) => p.skuId === null || !change.skuId || p.skuId === change.skuId)
        .map((p) => p.shopId),
    );
    if (shops.size === 0) continue;
    const details = { ...(await factsOf(db, change)), ...change.details };
    for (const orgId of shops) {
      rows.push({
        hubId: change.hubId,
        orgId,
        kind: change.kind,
        productId: change.productId,
        skuId: change.skuId ?? null,
        details,
      });
    }
  }
  if (rows.length > 0) await db.insert(alerts).values(rows);
}

/**
 * Tells one shop about something that happened to its own order (a supplier short-shipped a
 * line): another module's news, written in that module's transaction.
 */
export async function alertShop(
  db: Db,
  alert: { hubId: string; orgId: string; kind: "short_shipped"; productId: string; skuId: string; details: Details },
): Promise<void> {
  const product = await getProduct(db, alert.hubId, alert.productId);
  const sku = product.skus.find((s) => s.id === alert.skuId);
  const facts = { title: product.title, ...(sku ? { code: sku.code, options: sku.optionValues.join(" / ") } : {}) };
  await db.insert(alerts).values({ ...alert, details: { ...facts, ...alert.details } });
}

// What a shop pays moved: the dropship price, else the first wholesale tier (price-rule.ts).
function costChange(details: Details): Details | undefined {
  const costBefore = details.dropshipBefore ?? details.wholesaleBefore ?? null;
  const costAfter = details.dropshipAfter ?? details.wholesaleAfter ?? null;
  if (costBefore === costAfter) return undefined;
  return { code: details.code ?? null, costBefore, costAfter };
}

// The title and the variant's options, as they were when it happened.
async function factsOf(db: Db, change: CatalogChange): Promise<Details> {
  const product = await getProduct(db, change.hubId, change.productId);
  const sku = product.skus.find((s) => s.id === change.skuId);
  return { title: product.title, ...(sku ? { code: sku.code, options: sku.optionValues.join(" / ") } : {}) };
}

/** The organisation's inbox, newest first, with how many are unread. */
export async function inbox(
  db: Db,
  org: ShopScope,
  query: { unreadOnly: boolean; limit: number; offset: number },
  language: Language,
) {
  const mine = and(eq(alerts.hubId, org.hubId), eq(alerts.orgId, org.orgId));
  const rows = await db
    .select()
    .from(alerts)
    .where(and(mine, query.unreadOnly ? isNull(alerts.readAt) : undefined))
    .orderBy(desc(alerts.createdAt), desc(alerts.id))
    .limit(query.limit)
    .offset(query.offset);
  return {
    unread: await unreadCount(db, org),
    alerts: rows.map(({ id, kind, productId, skuId, details, createdAt, readAt }) => ({
      id,
      kind,
      productId,
      skuId,
      message: alertMessage(kind, details, language),
      details,
      createdAt,
      readAt,
    })),
  };
}

/** Marks the given alerts read, or all of them; alerts of other organisations are never touched. */
export async function markRead(db: Db, org: ShopScope, ids: string[] | undefined): Promise<{ unread: number }> {
  await db
    .update(alerts)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(alerts.hubId, org.hubId),
        eq(alerts.orgId, org.orgId),
        isNull(alerts.readAt),
        ids ? inArray(alerts.id, ids) : undefined,
      ),
    );
  return { unread: await unreadCount(db, org) };
}

async function unreadCount(db: Db, org: ShopScope): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(alerts)
    .where(and(eq(alerts.hubId, org.hubId), eq(alerts.orgId, org.orgId), isNull(alerts.readAt)));
  return row?.n ?? 0;
}
