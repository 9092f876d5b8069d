import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/connection.js";
import { createOrganisation } from "../accounts/organisations.js";
import { makeHub } from "../accounts/test-fixtures.js";
import { createUser } from "../accounts/users.js";
import { createProduct } from "../catalog/products.js";
import { toteBag } from "../catalog/test-fixtures.js";
import { addPick } from "../sourcing/picks.js";
import type { OrderDraft } from "./record/drafts.js";

/** A hub with a bag supplier (6 SKUs, TOTE-1…6, 100 each) and two shops that picked the bag. */
export async function orderVillage(db: Db, stock = 100) {
  const hub = await makeHub(db);
  const user = await createUser(db, { email: `boss-${hub.id}@example.com`, password: "-", name: "王老板" }, "-");
  const org = (kind: "supplier" | "shop", name: string) =>
    createOrganisation(db, { hubId: hub.id, kind, name }, user.id).then((made) => ({
      hubId: hub.id,
      orgId: made.id,
    }));
  const supplier = await org("supplier", "白沟箱包厂");
  const shops = [await org("shop", "小林的淘宝店"), await org("shop", "阿芳饰品")] as const;
  const bag = toteBag();
  bag.skus = bag.skus.map((sku) => ({ ...sku, onHand: stock }));
  const product = await createProduct(db, supplier, bag);
  for (const shop of shops) await addPick(db, shop, { productId: product.id });
  return { hub, user, supplier, shops, product };
}

let orderNumber = 1000;
const nextNumber = () => {
  orderNumber += 1;
  return String(orderNumber);
};

/** A Taobao-like order of `lines` ([code, quantity]) to 浙江省金华市义乌市. */
export function draft(lines: [string, number][], number = nextNumber()): OrderDraft {
  return {
    platform: "manual",
    platformOrderNumber: number,
    buyerName: "张三",
    phone: "13812341234",
    address: {
      provinceCode: "33",
      province: "浙江省",
      cityCode: "3307",
      city: "金华市",
      districtCode: "330782",
      district: "义乌市",
      detail: "江东街道青岩刘村 3 区 12 号",
    },
    placedAt: "2026-11-22T10:00:00+08:00",
    lines: lines.map(([skuCode, quantity]) => ({ skuCode, title: "", quantity, unitPriceFen: 5900 })),
  };
}

/** A SKU's stock as the database holds it. */
export async function stockOf(db: Db, hubId: string, code: string) {
  const [row] = await queryRows<{ on_hand: number; reserved: number }>(
    db,
    sql`select on_hand, reserved from skus where hub_id = ${hubId} and code = ${code}`,
  );
  return { onHand: row?.on_hand ?? -1, reserved: row?.reserved ?? -1 };
}
