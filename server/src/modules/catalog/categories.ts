import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { isUniqueViolation } from "../../db/errors.js";
import { ConflictError, NotFoundError } from "../../http/errors.js";
import { categories } from "./schema.js";

/** The taxonomy a new hub starts with, fit for the clusters; operators edit it afterwards. */
export const DEFAULT_CATEGORIES: { name: string; nameEn: string; children: [string, string][] }[] = [
  {
    name: "箱包",
    nameEn: "Bags & luggage",
    children: [
      ["女包", "Handbags"],
      ["双肩包", "Backpacks"],
      ["拉杆箱", "Suitcases"],
      ["钱包", "Wallets"],
    ],
  },
  {
    name: "服装",
    nameEn: "Clothing",
    children: [
      ["女装", "Womenswear"],
      ["男装", "Menswear"],
      ["童装", "Kidswear"],
      ["内衣袜子", "Underwear & socks"],
    ],
  },
  {
    name: "饰品",
    nameEn: "Jewellery & accessories",
    children: [
      ["发饰", "Hair accessories"],
      ["耳饰", "Earrings"],
      ["项链手链", "Necklaces & bracelets"],
      ["帽子围巾", "Hats & scarves"],
    ],
  },
  {
    name: "玩具",
    nameEn: "Toys",
    children: [
      ["毛绒玩具", "Plush toys"],
      ["益智玩具", "Educational toys"],
      ["户外玩具", "Outdoor toys"],
    ],
  },
  {
    name: "日用百货",
    nameEn: "Household goods",
    children: [
      ["厨房用品", "Kitchen"],
      ["收纳整理", "Storage"],
      ["清洁用品", "Cleaning"],
      ["文具", "Stationery"],
    ],
  },
  {
    name: "工艺礼品",
    nameEn: "Crafts & gifts",
    children: [
      ["节日用品", "Festive goods"],
      ["摆件", "Ornaments"],
    ],
  },
  {
    name: "家居家纺",
    nameEn: "Home textiles",
    children: [
      ["床上用品", "Bedding"],
      ["毛巾浴巾", "Towels"],
    ],
  },
];

export type Category = { id: string; parentId: string | null; name: string; nameEn: string; position: number };

const columns = {
  id: categories.id,
  parentId: categories.parentId,
  name: categories.name,
  nameEn: categories.nameEn,
  position: categories.position,
};

/** The hub's categories, parents before children; a hub without any gets the default taxonomy. */
export async function listCategories(db: Db, hubId: string): Promise<Category[]> {
  const rows = await db
    .select(columns)
    .from(categories)
    .where(eq(categories.hubId, hubId))
    .orderBy(asc(categories.position), asc(categories.name));
  if (rows.length > 0) return rows;
  await seedDefaultCategories(db, hubId);
  return db
    .select(columns)
    .from(categories)
    .where(eq(categories.hubId, hubId))
    .orderBy(asc(categories.position), asc(categories.name));
}

async function seedDefaultCategories(db: Db, hubId: string): Promise<void> {
  await db.transaction(async (tx) => {
    // Two first readers at once: the unique index lets one seed and the other skip.
    for (const [position, top] of DEFAULT_CATEGORIES.entries()) {
      const [parent] = await tx
        .insert(categories)
        .values({ hubId, name: top.name, nameEn: top.nameEn, position })
        .onConflictDoNothing()
        .returning({ id: categories.id });
      if (!parent) return;
      await tx
        .insert(categories)
        .values(top.children.map(([name, nameEn], i) => ({ hubId, parentId: parent.id, name, nameEn, position: i })))
        .onConflictDoNothing();
    }
  });
}

export async function createCategory(
  db: Db,
  hubId: string,
  input: { parentId?: string | undefined; name: string; nameEn: string },
): Promise<Category> {
  if (input.parentId) await requireTopLevel(db, hubId, input.parentId);
  try {
    const [row] = await db
      .insert(categories)
      .values({
        hubId,
        parentId: input.parentId ?? null,
        name: input.name.trim(),
        nameEn: input.nameEn.trim(),
        position: 999,
      })
      .returning(columns);
    return row as Category;
  } catch (error) {
    if (isUniqueViolation(error, "categories_hub_parent_name_key"))
      throw new ConflictError("category_name_taken", {}, "name");
    throw error;
  }
}

export async function requireCategory(db: Db, hubId: string, categoryId: string): Promise<void> {
  const [row] = await db
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.hubId, hubId), eq(categories.id, categoryId)));
  if (!row) throw new NotFoundError("category");
}

// Two levels are enough for a village's goods, and keep the menus short on a phone.
async function requireTopLevel(db: Db, hubId: string, categoryId: string): Promise<void> {
  const [row] = await db
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.hubId, hubId), eq(categories.id, categoryId), isNull(categories.parentId)));
  if (!row) throw new NotFoundError("category");
}
