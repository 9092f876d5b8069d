import { eq } from "drizzle-orm";
import type { Db } from "../../../db/connection.js";
import { DEFAULT_CATEGORIES, listCategories } from "../categories.js";
import { categories } from "../schema.js";
import type { Problem } from "./values.js";

type Entry = {
  id: string | undefined;
  name: string;
  nameEn: string;
  parent: { name: string; nameEn: string } | undefined;
};

/**
 * The hub's categories by the names a supplier types: 女包, Handbags, 箱包/女包 or
 * 箱包 > 女包; without regard to case or full-width letters.
 */
export class CategoryNames {
  private readonly byName = new Map<string, Entry[]>();

  constructor(entries: Entry[]) {
    for (const entry of entries) {
      for (const name of new Set([entry.name, entry.nameEn].map(fold))) this.add(name, entry);
      if (entry.parent) {
        for (const parent of new Set([entry.parent.name, entry.parent.nameEn].map(fold)))
          for (const name of new Set([entry.name, entry.nameEn].map(fold))) this.add(`${parent}/${name}`, entry);
      }
    }
  }

  resolve(text: string): { id: string | undefined } | { problem: Problem } {
    const parts = text
      .normalize("NFKC")
      .split(/[/>|\\]/)
      .map((part) => fold(part))
      .filter((part) => part !== "");
    const found = this.byName.get(parts.slice(-2).join("/")) ?? [];
    const only = found[0];
    if (found.length === 1 && only) return { id: only.id };
    if (found.length > 1 && only) {
      const example = only.parent ? `${only.parent.name}/${only.name}` : only.name;
      return { problem: { code: "import_category_ambiguous", params: { name: text, example } } };
    }
    return { problem: { code: "import_category_unknown", params: { name: text } } };
  }

  private add(name: string, entry: Entry): void {
    const entries = this.byName.get(name) ?? [];
    if (!entries.includes(entry)) entries.push(entry);
    this.byName.set(name, entries);
  }
}

const fold = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

/**
 * For a check, which changes nothing: the hub's categories as they are, or — for a hub that
 * has none yet — the default taxonomy it gets on first use (then without ids).
 */
export async function categoriesForCheck(db: Db, hubId: string): Promise<CategoryNames> {
  const rows = await db
    .select({ id: categories.id, parentId: categories.parentId, name: categories.name, nameEn: categories.nameEn })
    .from(categories)
    .where(eq(categories.hubId, hubId));
  if (rows.length > 0) return fromRows(rows);
  return new CategoryNames(
    DEFAULT_CATEGORIES.flatMap((top) => [
      { id: undefined, name: top.name, nameEn: top.nameEn, parent: undefined },
      ...top.children.map(([name, nameEn]) => ({ id: undefined, name, nameEn, parent: top })),
    ]),
  );
}

/** For an apply, inside its transaction: the hub's categories, the default ones seeded if it has none. */
export async function categoriesForApply(tx: Db, hubId: string): Promise<CategoryNames> {
  return fromRows(await listCategories(tx, hubId));
}

function fromRows(rows: { id: string; parentId: string | null; name: string; nameEn: string }[]): CategoryNames {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return new CategoryNames(
    rows.map((row) => ({
      id: row.id,
      name: row.name,
      nameEn: row.nameEn,
      parent: row.parentId ? byId.get(row.parentId) : undefined,
    })),
  );
}
