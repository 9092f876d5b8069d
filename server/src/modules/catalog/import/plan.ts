import type { ProductStatus } from "../products.js";
import type { ProductOption } from "../schema.js";
import { type Tier, variantProblems } from "../variants.js";
import type { CategoryNames } from "./category-names.js";
import type { ColumnKey } from "./columns.js";
import type { Existing, ExistingProduct, ExistingSku } from "./existing.js";
import type { Difference, SkuFigure } from "./report.js";
import { optionNamesOf, type ProductGroup, type RowProblem, type SkuRow } from "./rows.js";
import type { Problem } from "./values.js";

/** At most this many pictures in a product's gallery (positions 0–19). */
export const MAX_GALLERY = 20;

/** A SKU as it will be: what the sheet gives, and for an existing SKU its current values where the sheet is blank. */
export type SkuValues = {
  code: string;
  optionValues: string[];
  barcode: string | null;
  weightGrams: number;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  onHand: number;
  dropshipPriceFen: number | null;
  retailPriceFen: number | null;
  clearanceQuantity: number;
  clearancePriceFen: number | null;
  tiers: Tier[];
};

export type SkuPlan = {
  row: number;
  values: SkuValues;
  existing?: ExistingSku | undefined;
  differences?: Partial<Record<SkuFigure, Difference>>;
  other?: string[];
};

export type ProductValues = {
  title: string;
  description: string;
  /** undefined: a category the hub does not have yet (a check on a hub before its first category list). */
  categoryId: string | null | undefined;
  options: ProductOption[];
  moq: number;
  status: ProductStatus;
};

/** What one product's rows do: create it, or update the existing product their codes belong to. */
export type GroupPlan = {
  firstRow: number;
  lastRow: number;
  rowCount: number;
  target: ExistingProduct | undefined;
  product: ProductValues;
  /** The product's own fields that an update changes. */
  productChanges: string[];
  creates: SkuPlan[];
  updates: SkuPlan[];
  unchanged: number;
  /** Picture names for the gallery, in order; undefined keeps the gallery as it is. */
  pictures: string[] | undefined;
  problems: RowProblem[];
};

/** What a whole run remembers between products: codes and products already seen, pictures checked. */
export type RunMemory = {
  codeRows: Map<string, number>;
  updatedProducts: Map<string, number>;
  /** A picture's problem by its folded name, or null when it is fine. */
  pictureProblem(name: string): Promise<Problem | null>;
};

export async function planGroup(
  group: ProductGroup,
  existing: Existing,
  memory: RunMemory,
  categories: CategoryNames,
): Promise<GroupPlan> {
  const problems: RowProblem[] = [...group.problems];
  const complain = (row: number, column: ColumnKey, problem: Problem) =>
    problems.push({ row, column, code: problem.code, ...(problem.params ? { params: problem.params } : {}) });

  if (!group.title && !problems.some((p) => p.code === "import_title_missing"))
    complain(group.firstRow, "title", { code: "import_title_missing" });

  // A code twice in the file: the first row keeps it.
  const repeatedRows = new Set<number>();
  for (const { code, row } of group.codes) {
    const first = memory.codeRows.get(code);
    if (first !== undefined) {
      complain(row, "code", { code: "import_code_repeated", params: { code, row: first } });
      repeatedRows.add(row);
    } else memory.codeRows.set(code, row);
  }
  const rows = group.skus.filter((sku) => !repeatedRows.has(sku.row));

  // The product these rows update: the one their first known code belongs to.
  const targetId = rows.map((sku) => existing.byCode.get(sku.code)?.productId).find((id) => id !== undefined);
  let target = targetId ? existing.products.get(targetId) : undefined;
  for (const sku of rows) {
    const owner = existing.byCode.get(sku.code)?.productId;
    if (owner && owner !== targetId) {
      const title = existing.products.get(owner)?.title ?? "";
      complain(sku.row, "code", { code: "import_code_other_product", params: { code: sku.code, title } });
    }
  }
  if (target) {
    const earlier = memory.updatedProducts.get(target.id);
    if (earlier !== undefined) {
      complain(group.firstRow, "code", {
        code: "import_product_updated_twice",
        params: { title: target.title, row: earlier },
      });
      target = undefined;
    } else memory.updatedProducts.set(target.id, group.firstRow);
  }

  let categoryId: string | null | undefined = target ? target.categoryId : null;
  if (group.category) {
    const found = categories.resolve(group.category.value);
    if ("problem" in found) complain(group.category.row, "category", found.problem);
    else categoryId = found.id;
  }

  const fileCodes = new Set(rows.map((sku) => sku.code));
  const untouched = target ? target.skus.filter((sku) => !fileCodes.has(sku.code)) : [];
  const names = optionNamesOf(group);
  const options = optionsOf(names, [...rows, ...untouched], target?.options ?? []);
  const mismatched = untouched.find((sku) => sku.optionValues.length !== names.length);
  if (target && mismatched)
    complain(group.firstRow, "option1Name", {
      code: "import_untouched_skus",
      params: {
        title: target.title,
        count: untouched.length,
        expected: mismatched.optionValues.length,
        given: names.length,
      },
    });
  else problems.push(...variantRowProblems(group, options, untouched, rows));

  const creates: SkuPlan[] = [];
  const updates: SkuPlan[] = [];
  let unchanged = 0;
  for (const sku of rows) {
    const before = target ? existing.byCode.get(sku.code) : undefined;
    const values = merge(sku, before);
    if (values.clearanceQuantity > 0 && values.clearancePriceFen === null)
      complain(sku.row, "clearancePrice", { code: "import_clearance_price_missing" });
    if (before && values.onHand < before.reserved)
      complain(sku.row, "stock", { code: "stock_below_reserved", params: { reserved: before.reserved } });
    if (!before) {
      creates.push({ row: sku.row, values });
      continue;
    }
    const { differences, other } = compare(before, values);
    if (Object.keys(differences).length + other.length === 0) unchanged += 1;
    else updates.push({ row: sku.row, values, existing: before, differences, other });
  }

  const firstTiers = [...rows.map((sku) => sku.tiers[0]), ...untouched.map((sku) => sku.tiers[0])];
  const moq = Math.min(...firstTiers.map((tier) => tier?.minQuantity ?? 1), Number.MAX_SAFE_INTEGER);
  const product: ProductValues = {
    title: group.title?.value ?? target?.title ?? "",
    description: group.description?.value ?? target?.description ?? "",
    categoryId,
    options,
    moq: moq === Number.MAX_SAFE_INTEGER ? 1 : moq,
    status: group.status?.value ?? target?.status ?? "draft",
  };

  const pictures = await galleryOf(group, memory, complain);
  return {
    firstRow: group.firstRow,
    lastRow: group.lastRow,
    rowCount: group.rowCount,
    target,
    product,
    productChanges: target ? productChanges(target, product) : [],
    creates,
    updates,
    unchanged,
    pictures,
    problems,
  };
}

// Each option's values: those the product already has keep their order (so re-importing a
// sheet sorted differently changes nothing), new ones follow in the order they first appear.
function optionsOf(names: string[], variants: { optionValues: string[] }[], before: ProductOption[]): ProductOption[] {
  return names.map((name, i) => {
    const used = new Set(variants.map((variant) => variant.optionValues[i]));
    const values = (before[i]?.values ?? []).filter((value) => used.has(value));
    for (const variant of variants) {
      const value = variant.optionValues[i];
      if (value !== undefined && !values.includes(value)) values.push(value);
    }
    return { name, values };
  });
}

/** The catalog's own rules for options and variants (variantProblems), told by row and column. */
function variantRowProblems(
  group: ProductGroup,
  options: ProductOption[],
  untouched: ExistingSku[],
  rows: SkuRow[],
): RowProblem[] {
  // SKUs the sheet leaves alone come first, so a clash is reported on the sheet's row.
  const variants = [
    ...untouched.map((sku) => ({ code: sku.code, optionValues: sku.optionValues, tiers: [] })),
    ...rows.map((sku) => ({ code: sku.code, optionValues: sku.optionValues, tiers: [] })),
  ];
  const optionColumns = (["option1Name", "option2Name", "option3Name"] as const).filter(
    (_, i) => group.optionSlots[i] !== undefined,
  );
  return variantProblems(options, variants).map((problem) => {
    const [, index, field] = problem.path.split(".");
    const at = Number(index);
    if (problem.path.startsWith("options.")) {
      return {
        row: group.firstRow,
        column: optionColumns[at] ?? "option1Name",
        code: problem.code,
        ...params(problem),
      };
    }
    const sku = rows[at - untouched.length];
    const column: ColumnKey = field === "code" ? "code" : "option1Value";
    return { row: sku?.row ?? group.firstRow, column: sku ? column : "code", code: problem.code, ...params(problem) };
  });
}

const params = (problem: { params?: Record<string, string | number> | undefined }) =>
  problem.params ? { params: problem.params } : {};

function merge(sku: SkuRow, before: ExistingSku | undefined): SkuValues {
  const keep = <T>(given: T | undefined, current: T, fallback: T): T =>
    given !== undefined ? given : before ? current : fallback;
  return {
    code: sku.code,
    optionValues: sku.optionValues,
    barcode: keep(sku.barcode, before?.barcode ?? null, null),
    weightGrams: keep(sku.weightGrams, before?.weightGrams ?? 0, 0),
    lengthMm: keep(sku.lengthMm, before?.lengthMm ?? null, null),
    widthMm: keep(sku.widthMm, before?.widthMm ?? null, null),
    heightMm: keep(sku.heightMm, before?.heightMm ?? null, null),
    onHand: keep(sku.onHand, before?.onHand ?? 0, 0),
    dropshipPriceFen: keep(sku.dropshipPriceFen, before?.dropshipPriceFen ?? null, null),
    retailPriceFen: keep(sku.retailPriceFen, before?.retailPriceFen ?? null, null),
    clearanceQuantity: keep(sku.clearanceQuantity, before?.clearanceQuantity ?? 0, 0),
    clearancePriceFen: keep(sku.clearancePriceFen, before?.clearancePriceFen ?? null, null),
    tiers: sku.tiers,
  };
}

function compare(
  before: ExistingSku,
  after: SkuValues,
): { differences: Partial<Record<SkuFigure, Difference>>; other: string[] } {
  const differences: Partial<Record<SkuFigure, Difference>> = {};
  const figure = (key: SkuFigure, a: number | null, b: number | null) => {
    if (a !== b) differences[key] = { before: a, after: b };
  };
  figure("wholesalePriceFen", before.tiers[0]?.priceFen ?? null, after.tiers[0]?.priceFen ?? null);
  figure("dropshipPriceFen", before.dropshipPriceFen, after.dropshipPriceFen);
  figure("retailPriceFen", before.retailPriceFen, after.retailPriceFen);
  figure("clearancePriceFen", before.clearancePriceFen, after.clearancePriceFen);
  figure("clearanceQuantity", before.clearanceQuantity, after.clearanceQuantity);
  figure("onHand", before.onHand, after.onHand);
  const other: string[] = [];
  const field = (name: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) other.push(name);
  };
  field("optionValues", before.optionValues, after.optionValues);
  field("barcode", before.barcode, after.barcode);
  field("weightGrams", before.weightGrams, after.weightGrams);
  field("sizes", [before.lengthMm, before.widthMm, before.heightMm], [after.lengthMm, after.widthMm, after.heightMm]);
  field("tiers", before.tiers, after.tiers);
  return { differences, other };
}

function productChanges(before: ExistingProduct, after: ProductValues): string[] {
  const changes: string[] = [];
  if (before.title !== after.title) changes.push("title");
  if (before.description !== after.description) changes.push("description");
  if (before.categoryId !== after.categoryId) changes.push("category");
  if (JSON.stringify(before.options) !== JSON.stringify(after.options)) changes.push("options");
  if (before.moq !== after.moq) changes.push("moq");
  if (before.status !== after.status) changes.push("status");
  return changes;
}

async function galleryOf(
  group: ProductGroup,
  memory: RunMemory,
  complain: (row: number, column: ColumnKey, problem: Problem) => void,
): Promise<string[] | undefined> {
  if (group.pictures.length === 0) return undefined;
  const seen = new Set<string>();
  const names: string[] = [];
  for (const { name, row } of group.pictures) {
    const folded = name.normalize("NFC").toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    if (names.length === MAX_GALLERY) {
      complain(row, "pictures", { code: "import_too_many_pictures", params: { max: MAX_GALLERY } });
      break;
    }
    names.push(name);
    const problem = await memory.pictureProblem(name);
    if (problem) complain(row, "pictures", problem);
  }
  return names;
}
