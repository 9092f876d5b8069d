import type { MessageCode } from "../../../http/messages.js";
import type { ProductStatus } from "../products.js";
import { MAX_SKUS, type Tier, tiersAscend } from "../variants.js";
import type { ColumnKey, ColumnMap } from "./columns.js";
import { isBlank, type SheetRow } from "./sheet.js";
import {
  type Cell,
  type Parsed,
  parseBarcode,
  parseCode,
  parseInteger,
  parsePictureNames,
  parseStatus,
  parseText,
  parseYuan,
} from "./values.js";

/** Something wrong with the sheet, where a person finds it: a row (null: the file) and a column. */
export type RowProblem = {
  row: number | null;
  column: ColumnKey | null;
  code: MessageCode;
  params?: Record<string, string | number>;
};

/** One SKU row that read cleanly. Undefined fields were left blank. */
export type SkuRow = {
  row: number;
  code: string;
  optionValues: string[];
  barcode?: string | undefined;
  weightGrams?: number | undefined;
  lengthMm?: number | undefined;
  widthMm?: number | undefined;
  heightMm?: number | undefined;
  onHand?: number | undefined;
  tiers: Tier[];
  dropshipPriceFen?: number | undefined;
  retailPriceFen?: number | undefined;
  clearanceQuantity?: number | undefined;
  clearancePriceFen?: number | undefined;
};

type Given<T> = { value: T; row: number } | undefined;

/** The rows of one product, read and checked on their own (without the database). */
export type ProductGroup = {
  firstRow: number;
  lastRow: number;
  rowCount: number;
  title: Given<string>;
  category: Given<string>;
  description: Given<string>;
  status: Given<ProductStatus>;
  /** The option names of the product's first row, by column (规格1名 … 规格3名). */
  optionSlots: (string | undefined)[];
  skus: SkuRow[];
  /** More SKU rows than a product may have: the rest were read but not kept. */
  overflow: boolean;
  /** Every code the rows give, also on rows with other problems: duplicates are found across the file. */
  codes: { code: string; row: number }[];
  pictures: { name: string; row: number }[];
  problems: RowProblem[];
};

const OPTION_COLUMNS = [
  ["option1Name", "option1Value"],
  ["option2Name", "option2Value"],
  ["option3Name", "option3Value"],
] as const;

const LIMITS = {
  quantity: 10_000_000,
  minQuantity: 1_000_000,
  grams: 1_000_000,
  millimetres: 10_000,
} as const;

type RowFields = {
  productNumber?: string | undefined;
  title?: string | undefined;
  category?: string | undefined;
  description?: string | undefined;
  status?: ProductStatus | undefined;
  /** By column: 规格1, 规格2, 规格3; undefined when blank. */
  optionNames: (string | undefined)[];
  optionValues: (string | undefined)[];
  code?: string | undefined;
  sku?: Omit<SkuRow, "row" | "code" | "optionValues"> | undefined;
  pictures: string[];
};

/** Reads one row's cells into typed fields, with a problem for every cell that does not read. */
export function readRow(row: number, cells: Cell[], columns: ColumnMap): { fields: RowFields; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cell = (key: ColumnKey): Cell => {
    const at = columns.get(key);
    return at === undefined ? undefined : cells[at.index];
  };
  const take = <T>(key: ColumnKey, parsed: Parsed<T>): T | undefined => {
    if ("problem" in parsed) {
      problems.push({ row, column: key, code: parsed.problem.code, ...paramsOf(parsed.problem.params) });
      return undefined;
    }
    return parsed.value;
  };
  const integer = (key: ColumnKey, min: number, max: number) => take(key, parseInteger(cell(key), min, max));

  const optionNames: (string | undefined)[] = [];
  const optionValues: (string | undefined)[] = [];
  OPTION_COLUMNS.forEach(([nameKey, valueKey]) => {
    optionNames.push(take(nameKey, parseText(cell(nameKey), 40)));
    optionValues.push(take(valueKey, parseText(cell(valueKey), 40)));
  });

  const before = problems.length;
  const code = take("code", parseCode(cell("code")));
  if (code === undefined && problems.length === before) problems.push({ row, column: "code", code: "import_required" });
  const tiers = readTiers(row, cell, problems);
  const sku = {
    barcode: take("barcode", parseBarcode(cell("barcode"))),
    weightGrams: integer("weightGrams", 0, LIMITS.grams),
    lengthMm: integer("lengthMm", 1, LIMITS.millimetres),
    widthMm: integer("widthMm", 1, LIMITS.millimetres),
    heightMm: integer("heightMm", 1, LIMITS.millimetres),
    onHand: integer("stock", 0, LIMITS.quantity),
    tiers: tiers ?? [],
    dropshipPriceFen: take("dropshipPrice", parseYuan(cell("dropshipPrice"))),
    retailPriceFen: take("retailPrice", parseYuan(cell("retailPrice"))),
    clearanceQuantity: integer("clearanceQuantity", 0, LIMITS.quantity),
    clearancePriceFen: take("clearancePrice", parseYuan(cell("clearancePrice"))),
  };
  const fields: RowFields = {
    productNumber: take("productNumber", parseText(cell("productNumber"), 64)),
    title: take("title", parseText(cell("title"), 120)),
    category: take("category", parseText(cell("category"), 100)),
    description: take("description", parseText(cell("description"), 20_000)),
    status: take("status", parseStatus(cell("status"))),
    optionNames,
    optionValues,
    code,
    sku,
    pictures: parsePictureNames(cell("pictures")),
  };
  return { fields, problems };
}

function readTiers(row: number, cell: (key: ColumnKey) => Cell, problems: RowProblem[]): Tier[] | undefined {
  const tiers: Tier[] = [];
  let readable = true;
  const columns = [
    ["minQuantity1", "price1"],
    ["minQuantity2", "price2"],
    ["minQuantity3", "price3"],
  ] as const;
  columns.forEach(([quantityKey, priceKey], i) => {
    const quantity = parseInteger(cell(quantityKey), 1, LIMITS.minQuantity);
    const price = parseYuan(cell(priceKey));
    if ("problem" in quantity) problems.push({ row, column: quantityKey, ...problemOf(quantity.problem) });
    if ("problem" in price) problems.push({ row, column: priceKey, ...problemOf(price.problem) });
    if ("problem" in quantity || "problem" in price) {
      readable = false;
      return;
    }
    if (i === 0) {
      if (price.value === undefined) {
        problems.push({ row, column: priceKey, code: "import_required" });
        readable = false;
      } else if (price.value === 0) {
        problems.push({ row, column: priceKey, code: "import_price_zero" });
        readable = false;
      } else tiers.push({ minQuantity: quantity.value ?? 1, priceFen: price.value });
      return;
    }
    if (quantity.value === undefined && price.value === undefined) return;
    if (quantity.value === undefined || price.value === undefined) {
      const blank = quantity.value === undefined ? quantityKey : priceKey;
      problems.push({ row, column: blank, code: "import_tier_incomplete", params: { tier: i + 1 } });
      readable = false;
      return;
    }
    if (price.value === 0) {
      problems.push({ row, column: priceKey, code: "import_price_zero" });
      readable = false;
      return;
    }
    tiers.push({ minQuantity: quantity.value, priceFen: price.value });
  });
  if (!readable) return undefined;
  if (!tiersAscend(tiers)) {
    problems.push({ row, column: "minQuantity2", code: "tiers_not_ascending" });
    return undefined;
  }
  return tiers;
}

const problemOf = (problem: { code: MessageCode; params?: Record<string, string | number> | undefined }) => ({
  code: problem.code,
  ...paramsOf(problem.params),
});
const paramsOf = (params: Record<string, string | number> | undefined) => (params ? { params } : {});

/**
 * The sheet's products, one group of rows at a time, in the order of the file: rows that
 * share a 商品编号 (or, without one, a 商品标题) and follow each other. A row without either
 * continues the product above it. Only the group being read is held in memory.
 */
export async function* productGroups(
  rows: AsyncIterable<SheetRow>,
  columns: ColumnMap,
  options: { maxRows: number; tooManyRows: () => void },
): AsyncGenerator<ProductGroup> {
  let current: (ProductGroup & { key: string }) | undefined;
  const started = new Map<string, { row: number; title: string }>();
  let dataRows = 0;
  for await (const { row, cells } of rows) {
    if (isBlank(cells)) continue;
    dataRows += 1;
    if (dataRows > options.maxRows) {
      options.tooManyRows();
      break;
    }
    const { fields, problems } = readRow(row, cells, columns);
    const key =
      fields.productNumber !== undefined
        ? `#${fields.productNumber}`
        : fields.title !== undefined
          ? `=${fields.title}`
          : current?.key;
    if (key === undefined || key !== current?.key) {
      if (current) yield current;
      current = { ...emptyGroup(row), key: key ?? "" };
      if (key === undefined) current.problems.push({ row, column: "title", code: "import_title_missing" });
      const earlier = key === undefined ? undefined : started.get(key);
      if (earlier)
        current.problems.push({
          row,
          column: fields.productNumber !== undefined ? "productNumber" : "title",
          code: "import_rows_apart",
          params: earlier,
        });
      else if (key !== undefined) started.set(key, { row, title: fields.productNumber ?? fields.title ?? "" });
    }
    addRow(current, row, fields, problems);
  }
  if (current) yield current;
}

function emptyGroup(row: number): ProductGroup {
  return {
    firstRow: row,
    lastRow: row,
    rowCount: 0,
    title: undefined,
    category: undefined,
    description: undefined,
    status: undefined,
    optionSlots: [],
    skus: [],
    overflow: false,
    codes: [],
    pictures: [],
    problems: [],
  };
}

function addRow(group: ProductGroup, row: number, fields: RowFields, problems: RowProblem[]): void {
  const first = group.rowCount === 0;
  group.rowCount += 1;
  group.lastRow = row;
  group.problems.push(...problems);
  let rowIsClean = problems.length === 0;
  const complain = (column: ColumnKey, code: MessageCode, params: Record<string, string | number>) => {
    group.problems.push({ row, column, code, params });
    rowIsClean = false;
  };

  // A product's own fields come from its first row that gives them; later rows may repeat them.
  const productField = <K extends "title" | "category" | "description" | "status">(
    key: K,
    column: ColumnKey,
    value: NonNullable<ProductGroup[K]>["value"] | undefined,
  ) => {
    if (value === undefined) return;
    const given = group[key];
    if (!given) group[key] = { value, row } as ProductGroup[K];
    else if (given.value !== value)
      complain(column, "import_product_field_differs", { row: given.row, expected: String(given.value) });
  };
  productField("title", "title", fields.title);
  productField("category", "category", fields.category);
  productField("description", "description", fields.description);
  productField("status", "status", fields.status);

  // Option names come from the product's first row; later rows may leave them blank.
  if (first) group.optionSlots = fields.optionNames;
  const values: string[] = [];
  OPTION_COLUMNS.forEach(([nameKey, valueKey], i) => {
    const slot = group.optionSlots[i];
    const name = fields.optionNames[i];
    const value = fields.optionValues[i];
    if (name !== undefined && name !== slot)
      complain(nameKey, "import_product_field_differs", { row: group.firstRow, expected: slot ?? "—" });
    else if (slot !== undefined && value === undefined)
      complain(valueKey, "import_option_value_missing", { name: slot });
    else if (slot === undefined && value !== undefined) complain(nameKey, "import_option_name_missing", { value });
    else if (slot !== undefined && value !== undefined) values.push(value);
  });

  for (const name of fields.pictures) group.pictures.push({ name, row });
  if (fields.code !== undefined) group.codes.push({ code: fields.code, row });
  if (!rowIsClean || fields.code === undefined || !fields.sku) return;
  if (group.skus.length >= MAX_SKUS) {
    if (!group.overflow) group.problems.push({ row, column: "code", code: "too_many_skus", params: { max: MAX_SKUS } });
    group.overflow = true;
    return;
  }
  group.skus.push({ row, code: fields.code, optionValues: values, ...fields.sku });
}

/** The product's option names, in column order. */
export function optionNamesOf(group: ProductGroup): string[] {
  return group.optionSlots.filter((name): name is string => name !== undefined);
}
