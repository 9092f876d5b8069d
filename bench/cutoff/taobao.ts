import fs from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import iconv from "iconv-lite";
import type { PlannedOrder } from "./village.js";

// The seller centre's 订单报表 and 宝贝报表 headers, as server/src/modules/orders/ingest/fixtures
// writes them (trailing spaces and all).
const ORDER_HEADER = (
  "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址 ,运送方式," +
  "联系电话 ,联系手机,订单创建时间,订单付款时间 ,宝贝标题 ,宝贝种类 ,物流单号 ,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因,卖家服务费,买家服务费,发票抬头," +
  "是否手机订单"
).split(",");
const ITEM_HEADER = [
  "订单编号",
  "标题",
  "价格",
  "购买数量",
  "外部系统编号",
  "商品属性",
  "套餐信息",
  "备注",
  "订单状态",
  "商家编码",
];
const PAID = "买家已付款，等待卖家发货";

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;

/**
 * A Taobao export of `orders` as a seller downloads it on a Chinese Windows: the order report
 * and the item report, GBK, CRLF, order numbers wrapped ="…" against Excel. Returns the two
 * files' paths and how many item rows there are.
 */
export function writeTaobaoExport(
  directory: string,
  orders: PlannedOrder[],
): { orders: string; items: string; itemRows: number } {
  const orderRows: string[][] = [ORDER_HEADER];
  const itemRows: string[][] = [ITEM_HEADER];
  orders.forEach((order, i) => {
    const total = order.lines.reduce((sum, line) => sum + line.priceFen * line.quantity, 0);
    const count = order.lines.reduce((sum, line) => sum + line.quantity, 0);
    const minute = String(i % 60).padStart(2, "0");
    const hour = String(8 + Math.floor(i / 1200)).padStart(2, "0");
    orderRows.push([
      `="${order.number}"`,
      `tb_buyer_${i}`,
      "",
      yuan(total),
      "0.00",
      "0",
      yuan(total),
      "0",
      yuan(total),
      "0",
      PAID,
      "",
      order.buyer,
      order.address,
      "快递",
      "",
      `'${order.phone}`,
      `2026-11-22 ${hour}:${minute}:00`,
      `2026-11-22 ${hour}:${minute}:30`,
      "爆款好物",
      String(order.lines.length),
      "",
      "",
      "",
      String(count),
      "0",
      "义乌爆款直播店",
      "订单未关闭",
      "0",
      "0元",
      "",
      "手机订单",
    ]);
    for (const line of order.lines)
      itemRows.push([
        `="${order.number}"`,
        `爆款好物 ${line.code}`,
        yuan(line.priceFen),
        String(line.quantity),
        line.code.replace(/-\d+$/, ""),
        "颜色分类：黑色;尺码：中号",
        "",
        "",
        PAID,
        line.code,
      ]);
  });
  const write = (name: string, rows: string[][]) => {
    const file = path.join(directory, name);
    fs.writeFileSync(file, iconv.encode(stringify(rows, { record_delimiter: "\r\n" }), "gbk"));
    return file;
  };
  return {
    orders: write("ExportOrderList202611221600.csv", orderRows),
    items: write("ExportOrderDetailList202611221600.csv", itemRows),
    itemRows: itemRows.length - 1,
  };
}
