import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { OrderFile } from "./types.js";

/** A fixture committed beside the parsers. */
export function fixture(name: string): OrderFile {
  return { path: new URL(`./fixtures/${name}`, import.meta.url).pathname, name };
}

let directory: string | undefined;
let files = 0;

// Each file in a folder of its own, so that two tests writing 订单报表.csv never meet.
function tempPath(name: string): string {
  directory ??= fs.mkdtempSync(path.join(os.tmpdir(), "taocun-orders-"));
  files += 1;
  const folder = path.join(directory, String(files));
  fs.mkdirSync(folder);
  return path.join(folder, name);
}

/** A CSV written as a platform would: GBK, or UTF-8 with a BOM. */
export function csvFile(name: string, rows: (string | number)[][], encoding: "gbk" | "utf-8" = "utf-8"): OrderFile {
  const text = stringify(rows.map((row) => row.map(String)));
  const bytes = encoding === "gbk" ? iconv.encode(text, "gbk") : Buffer.from(`\uFEFF${text}`, "utf8");
  return rawFile(name, bytes);
}

export function rawFile(name: string, bytes: Buffer | string): OrderFile {
  const file = tempPath(name);
  fs.writeFileSync(file, bytes);
  return { path: file, name };
}

/** An XLSX of one sheet; Dates become Excel date cells, as in Taobao's newer exports. */
export async function xlsxFile(name: string, rows: (string | number | Date | null)[][]): Promise<OrderFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("订单");
  for (const row of rows) sheet.addRow(row);
  const file = tempPath(name);
  await workbook.xlsx.writeFile(file);
  return { path: file, name };
}

export const TAOBAO_ORDER_HEADER = [
  "订单编号",
  "买家会员名",
  "买家实际支付金额",
  "订单状态",
  "收货人姓名",
  "收货地址 ",
  "联系电话 ",
  "联系手机",
  "订单创建时间",
  "订单付款时间 ",
];
export const TAOBAO_ITEM_HEADER = ["订单编号", "标题", "价格", "购买数量", "商品属性", "订单状态", "商家编码"];

export type TaobaoOrderRow = {
  number: string;
  status?: string;
  name?: string;
  address?: string;
  phone?: string;
  mobile?: string;
  created?: string;
  total?: string;
};
export type TaobaoItemRow = { number: string; price?: string; quantity?: string; code?: string; status?: string };

/** An order report row: a paid order to Yiwu unless told otherwise. */
export function orderRow(row: TaobaoOrderRow): string[] {
  return [
    `="${row.number}"`,
    "tb_buyer",
    row.total ?? "58.00",
    row.status ?? "买家已付款，等待卖家发货",
    row.name ?? "张伟",
    row.address ?? "浙江省 金华市 义乌市 江东街道 青岩刘村3区5幢(322000)",
    row.phone ?? "",
    row.mobile ?? "13812341234",
    row.created ?? "2024-05-01 10:23:45",
    "2024-05-01 10:24:00",
  ];
}

/** An item report row: one bag at 58.00 unless told otherwise. */
export function itemRow(row: TaobaoItemRow): string[] {
  return [
    `="${row.number}"`,
    "复古手提包女",
    row.price ?? "58.00",
    row.quantity ?? "1",
    "颜色分类：黑色",
    row.status ?? "",
    row.code ?? "QYL-BAG-001-BK",
  ];
}

/** A Taobao pair of the rows given, in GBK. */
export function taobaoPair(orders: TaobaoOrderRow[], items: TaobaoItemRow[]): OrderFile[] {
  return [
    csvFile("订单报表.csv", [TAOBAO_ORDER_HEADER, ...orders.map(orderRow)], "gbk"),
    csvFile("宝贝报表.csv", [TAOBAO_ITEM_HEADER, ...items.map(itemRow)], "gbk"),
  ];
}
