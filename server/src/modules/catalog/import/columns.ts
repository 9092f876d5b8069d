/**
 * The columns of the import sheet: one row per SKU, rows of one product together. The
 * template's headers are Chinese; English names and common variants (Taobao's, Shopify's)
 * are accepted too, whatever their width, case or stray spaces.
 */
export const COLUMNS = [
  {
    key: "productNumber",
    zh: "商品编号",
    en: "Product number",
    aliases: ["product no", "product no.", "product id", "handle"],
    note: "选填。同一商品的各行填同一个编号；不填时按商品标题分组",
  },
  {
    key: "title",
    zh: "商品标题",
    en: "Title",
    aliases: ["标题", "商品名称", "宝贝标题", "宝贝名称", "product title", "product name", "name"],
    required: true,
    note: "必填。同一商品的各行标题相同（后面的行也可以空着）",
  },
  {
    key: "category",
    zh: "类目",
    en: "Category",
    aliases: ["分类", "商品类目", "category name"],
    note: "类目名，如「女包」或「箱包/女包」",
  },
  { key: "description", zh: "描述", en: "Description", aliases: ["商品描述", "详情", "body", "body (html)"] },
  { key: "option1Name", zh: "规格1名", en: "Option1 name", aliases: ["option 1 name"], note: "如「颜色」" },
  { key: "option1Value", zh: "规格1值", en: "Option1 value", aliases: ["option 1 value"], note: "如「黑色」" },
  { key: "option2Name", zh: "规格2名", en: "Option2 name", aliases: ["option 2 name"], note: "如「尺码」" },
  { key: "option2Value", zh: "规格2值", en: "Option2 value", aliases: ["option 2 value"] },
  { key: "option3Name", zh: "规格3名", en: "Option3 name", aliases: ["option 3 name"] },
  { key: "option3Value", zh: "规格3值", en: "Option3 value", aliases: ["option 3 value"] },
  {
    key: "code",
    zh: "商家编码",
    en: "SKU code",
    aliases: ["sku", "variant sku", "sku编码", "规格编码", "outer id", "outer_id", "code"],
    required: true,
    note: "必填，每个规格一个，不能重复。已有的编码会更新该规格，新的编码会新建",
  },
  { key: "barcode", zh: "条码", en: "Barcode", aliases: ["条形码", "variant barcode", "ean", "upc"] },
  {
    key: "weightGrams",
    zh: "重量(克)",
    en: "Weight (g)",
    aliases: ["重量", "重量g", "weight", "weight(grams)", "weight (grams)", "grams", "variant grams"],
  },
  { key: "lengthMm", zh: "长(毫米)", en: "Length (mm)", aliases: ["长", "长度(毫米)", "length"] },
  { key: "widthMm", zh: "宽(毫米)", en: "Width (mm)", aliases: ["宽", "宽度(毫米)", "width"] },
  { key: "heightMm", zh: "高(毫米)", en: "Height (mm)", aliases: ["高", "高度(毫米)", "height"] },
  {
    key: "stock",
    zh: "库存",
    en: "Stock",
    aliases: ["库存数量", "数量", "quantity", "inventory", "inventory quantity", "variant inventory qty", "on hand"],
    note: "现有件数；不填时新规格为 0，已有规格不变",
  },
  {
    key: "minQuantity1",
    zh: "起批量",
    en: "Min quantity",
    aliases: ["起批量1", "起订量", "moq", "min quantity 1", "minimum quantity", "min qty"],
    note: "第一档批发价的起批件数，不填为 1",
  },
  {
    key: "price1",
    zh: "批发价(元)",
    en: "Wholesale price (yuan)",
    aliases: ["批发价", "批发价1", "批发价1(元)", "wholesale price", "wholesale price 1", "price", "variant price"],
    required: true,
    note: "必填，单位元，如 12.50",
  },
  { key: "minQuantity2", zh: "起批量2", en: "Min quantity 2", aliases: ["min qty 2"], note: "第二档，选填" },
  {
    key: "price2",
    zh: "批发价2(元)",
    en: "Wholesale price 2 (yuan)",
    aliases: ["批发价2", "wholesale price 2"],
  },
  { key: "minQuantity3", zh: "起批量3", en: "Min quantity 3", aliases: ["min qty 3"], note: "第三档，选填" },
  {
    key: "price3",
    zh: "批发价3(元)",
    en: "Wholesale price 3 (yuan)",
    aliases: ["批发价3", "wholesale price 3"],
  },
  {
    key: "dropshipPrice",
    zh: "代发价(元)",
    en: "Dropship price (yuan)",
    aliases: ["代发价", "一件代发价", "一件代发价(元)", "dropship price"],
  },
  {
    key: "retailPrice",
    zh: "建议零售价(元)",
    en: "Retail price (yuan)",
    aliases: ["建议零售价", "零售价", "零售价(元)", "suggested retail price", "compare at price", "compare-at price"],
  },
  { key: "clearanceQuantity", zh: "清仓数量", en: "Clearance quantity", aliases: ["清仓件数"] },
  { key: "clearancePrice", zh: "清仓价(元)", en: "Clearance price (yuan)", aliases: ["清仓价"] },
  {
    key: "pictures",
    zh: "图片",
    en: "Pictures",
    aliases: ["图片文件", "图片文件名", "主图", "images", "image", "picture"],
    note: "ZIP 里的文件名，多张用 ; 或 ； 分开，第一张为主图",
  },
  {
    key: "status",
    zh: "状态",
    en: "Status",
    aliases: ["商品状态", "上架状态"],
    note: "草稿 / 上架 / 下架；不填时新商品为草稿，已有商品不变",
  },
] as const satisfies readonly {
  key: string;
  zh: string;
  en: string;
  aliases: readonly string[];
  required?: boolean;
  note?: string;
}[];

export type ColumnKey = (typeof COLUMNS)[number]["key"];
export type Column = (typeof COLUMNS)[number];

export const columnByKey = new Map<ColumnKey, Column>(COLUMNS.map((column) => [column.key, column]));

/** Header text as compared: full-width folded (（元） → (元)), lower case, no spaces or underscores. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_]+/g, "");
}

const keyByName = new Map<string, ColumnKey>();
for (const column of COLUMNS) {
  for (const name of [column.zh, column.en, ...column.aliases]) keyByName.set(normaliseHeader(name), column.key);
}

/** Where each column is in the sheet, and the header as the supplier wrote it (for messages). */
export type ColumnMap = Map<ColumnKey, { index: number; header: string }>;

export type HeaderProblem = {
  column: ColumnKey | null;
  header?: string;
  code: "import_column_missing" | "import_column_unknown" | "import_column_unknown_suggest" | "import_column_repeated";
  params: Record<string, string | number>;
};

/** Reads the header row. Blank header cells are ignored; anything else must be a known column, once. */
export function readHeader(cells: readonly unknown[]): { columns: ColumnMap; problems: HeaderProblem[] } {
  const columns: ColumnMap = new Map();
  const problems: HeaderProblem[] = [];
  const unknown: string[] = [];
  cells.forEach((cell, index) => {
    const header = cell === undefined || cell === null ? "" : String(cell).trim();
    if (header === "") return;
    const key = keyByName.get(normaliseHeader(header));
    if (!key) {
      unknown.push(header);
      return;
    }
    const seen = columns.get(key);
    if (seen) {
      problems.push({
        column: key,
        header,
        code: "import_column_repeated",
        params: { column: header, first: seen.index + 1, second: index + 1 },
      });
      return;
    }
    columns.set(key, { index, header });
  });
  for (const header of unknown) {
    const suggestion = closestColumn(header, columns);
    problems.push(
      suggestion
        ? { column: null, header, code: "import_column_unknown_suggest", params: { header, suggestion } }
        : { column: null, header, code: "import_column_unknown", params: { header } },
    );
  }
  for (const column of COLUMNS) {
    if ("required" in column && column.required && !columns.has(column.key))
      problems.push({
        column: column.key,
        code: "import_column_missing",
        params: { column: column.zh, columnEn: column.en },
      });
  }
  return { columns, problems };
}

// A header one or two slips away from a known one ("批发价（元" or "商家编号") gets a suggestion;
// of equally close ones, a required column the sheet lacks, then any column it lacks.
function closestColumn(header: string, present: ColumnMap): string | undefined {
  const wanted = normaliseHeader(header);
  let best: { name: string; rank: number } | undefined;
  for (const column of COLUMNS) {
    const preference = present.has(column.key) ? 0.2 : "required" in column && column.required ? 0 : 0.1;
    for (const name of [column.zh, column.en]) {
      const rank = editDistance(wanted, normaliseHeader(name)) + preference;
      if (!best || rank < best.rank) best = { name: column.zh, rank };
    }
  }
  const allowed = Math.max(1, Math.floor([...wanted].length / 3));
  return best && Math.floor(best.rank) <= allowed ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}
