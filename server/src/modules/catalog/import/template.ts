import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { COLUMNS, type ColumnKey } from "./columns.js";

type Example = Partial<Record<ColumnKey, string>>;

const tote = {
  productNumber: "BAG-001",
  title: "帆布托特包 大容量 通勤单肩包",
  option1Name: "颜色",
  option2Name: "尺码",
  weightGrams: "320",
  lengthMm: "380",
  widthMm: "120",
  heightMm: "320",
  minQuantity1: "2",
  minQuantity2: "50",
  dropshipPrice: "28.00",
  retailPrice: "59.00",
  status: "上架",
} satisfies Example;

/** A bag in two colours and two sizes (one with backlog on clearance) and a toy without options. */
const EXAMPLES: Example[] = [
  {
    ...tote,
    category: "女包",
    description: "加厚帆布，内有拉链袋",
    option1Value: "米白",
    option2Value: "中号",
    code: "TOTE-WHT-M",
    barcode: "6901234567892",
    stock: "100",
    price1: "25.00",
    price2: "22.00",
    pictures: "tote-white.jpg;tote-detail.jpg",
  },
  {
    ...tote,
    option1Value: "米白",
    option2Value: "大号",
    code: "TOTE-WHT-L",
    stock: "80",
    price1: "26.00",
    price2: "23.00",
  },
  {
    ...tote,
    option1Value: "黑色",
    option2Value: "中号",
    code: "TOTE-BLK-M",
    stock: "60",
    price1: "25.00",
    price2: "22.00",
    clearanceQuantity: "30",
    clearancePrice: "18.00",
    pictures: "tote-black.jpg",
  },
  {
    ...tote,
    option1Value: "黑色",
    option2Value: "大号",
    code: "TOTE-BLK-L",
    stock: "0",
    price1: "26.00",
    price2: "23.00",
  },
  {
    productNumber: "TOY-002",
    title: "毛绒小熊 30厘米",
    category: "毛绒玩具",
    description: "柔软短毛绒，可机洗",
    code: "TOY-BEAR-30",
    weightGrams: "180",
    stock: "500",
    minQuantity1: "10",
    price1: "12.50",
    minQuantity2: "100",
    price2: "11.00",
    minQuantity3: "500",
    price3: "10.00",
    dropshipPrice: "15.00",
    retailPrice: "29.90",
    pictures: "bear.jpg",
    status: "草稿",
  },
];

const rows = () => [COLUMNS.map((c) => c.zh), ...EXAMPLES.map((example) => COLUMNS.map((c) => example[c.key] ?? ""))];

/** The import template as CSV: UTF-8 with a byte-order mark, so Excel on a Chinese Windows opens it as UTF-8. */
export function csvTemplate(): Buffer {
  return Buffer.from(stringify(rows(), { bom: true, record_delimiter: "windows" }), "utf8");
}

/** The import template as XLSX: the products sheet first (codes and barcodes as text), then the instructions. */
export async function xlsxTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "taocun";
  const sheet = workbook.addWorksheet("商品", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({
    key: column.key,
    width: Math.max(10, [...column.zh].length * 2 + 2),
    // Text, so Excel keeps 6901234567892 and 00123 as typed.
    ...(["code", "barcode", "productNumber"].includes(column.key) ? { style: { numFmt: "@" } } : {}),
  }));
  for (const row of rows()) sheet.addRow(row);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE9D9" } };
  COLUMNS.forEach((column, i) => {
    if ("required" in column && column.required)
      header.getCell(i + 1).font = { bold: true, color: { argb: "FFC00000" } };
  });

  const help = workbook.addWorksheet("填写说明");
  help.columns = [
    { header: "列名", width: 16 },
    { header: "English", width: 24 },
    { header: "必填", width: 6 },
    { header: "说明", width: 70 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of COLUMNS)
    help.addRow([
      column.zh,
      column.en,
      "required" in column && column.required ? "是" : "",
      "note" in column ? column.note : "",
    ]);
  help.addRow([]);
  for (const line of [
    "一行一个规格（SKU）；同一商品的各行放在一起，商品标题相同（或商品编号相同）。",
    "价格单位为元，写 12.50、12.5 或 ¥12.5；不要用逗号作小数点。",
    "已有的商家编码会更新对应规格，新的商家编码会新建；空着的格子不改变已有的值。",
    "图片放进一个 ZIP 和表格一起上传，表格里写 ZIP 中的文件名。",
  ])
    help.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
