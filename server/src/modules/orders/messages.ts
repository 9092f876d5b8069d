import type { Message } from "../../http/messages.js";

/**
 * Messages of the orders module (see http/messages.ts): an order file as a whole, one of its
 * rows, and a delivery address. `{name}` is filled from the problem's params.
 */
export const orderMessages = {
  // The file, or the set of files uploaded together.
  order_file_xls: {
    "zh-CN": "不支持旧版 .xls 文件，请在 Excel 里另存为 .xlsx 或 CSV",
    en: "Old .xls files are not supported; save it as .xlsx or CSV in Excel",
  },
  order_file_unreadable: { "zh-CN": "无法读取这个文件：{reason}", en: "This file cannot be read: {reason}" },
  order_csv_malformed: {
    "zh-CN": "CSV 格式有误（第 {line} 行附近）：{reason}",
    en: "The CSV is malformed (near line {line}): {reason}",
  },
  order_file_empty: { "zh-CN": "文件是空的，没有表头", en: "The file is empty: it has no header row" },
  order_file_unrecognised: {
    "zh-CN": "这不是淘宝或 Shopify 导出的订单文件",
    en: "This is not an order export from Taobao or Shopify",
  },
  order_file_wrong_platform: {
    "zh-CN": "这是 {found} 的订单文件，这里要导入的是 {expected} 的订单",
    en: "This is an order file from {found}; {expected} orders are expected here",
  },
  order_files_mixed: {
    "zh-CN": "淘宝和 Shopify 的订单文件要分开导入",
    en: "Import Taobao and Shopify order files separately",
  },
  order_columns_missing: { "zh-CN": "缺少列：{columns}", en: "Missing columns: {columns}" },
  order_report_missing: {
    "zh-CN": "还要上传同一次导出的「{report}」，两个文件按订单编号对应",
    en: "Also upload the “{report}” of the same export; the two files are joined on the order number",
  },
  order_files_combination: {
    "zh-CN": "一次上传一个淘宝订单报表加它的宝贝报表，或一个淘宝子订单表，或一个 Shopify 订单文件",
    en: "Upload a Taobao order report with its item report, or one Taobao sub-order file, or one Shopify orders export",
  },

  // One row.
  order_value_missing: { "zh-CN": "不能为空", en: "Must not be empty" },
  order_number_invalid: {
    "zh-CN": "「{value}」不是订单编号",
    en: "“{value}” is not an order number",
  },
  order_number_precision: {
    "zh-CN": "订单编号 {value} 被 Excel 存成了数字，后几位已经丢失；请用平台导出的原始文件",
    en: "Excel stored the order number {value} as a number and lost its last digits; use the file as the platform exported it",
  },
  order_number_repeated: {
    "zh-CN": "订单 {number} 在第 {first} 行已出现过，同一订单不能导入两次",
    en: "The order {number} already appears on row {first}; an order cannot be imported twice",
  },
  order_rows_apart: {
    "zh-CN": "订单 {number} 的行从第 {first} 行开始，中间隔了别的订单；是不是把两份导出拼在了一起？",
    en: "The rows of order {number} start on row {first} with other orders in between; were two exports joined?",
  },
  order_sub_order_repeated: {
    "zh-CN": "子订单 {number} 在第 {first} 行已出现过",
    en: "The sub-order {number} already appears on row {first}",
  },
  order_status_unknown: {
    "zh-CN": "不认识的订单状态「{value}」",
    en: "Unknown order status “{value}”",
  },
  order_time_invalid: {
    "zh-CN": "「{value}」不是时间，应写成 2024-05-01 10:30:00",
    en: "“{value}” is not a time; write 2024-05-01 10:30:00",
  },
  order_quantity_invalid: {
    "zh-CN": "购买数量应为整数：{value}",
    en: "The quantity must be a whole number: {value}",
  },
  order_quantity_not_positive: {
    "zh-CN": "购买数量至少为 1：{value}",
    en: "The quantity must be at least 1: {value}",
  },
  order_quantity_too_large: {
    "zh-CN": "购买数量不能超过 {max}：{value}",
    en: "The quantity cannot be over {max}: {value}",
  },
  order_price_invalid: {
    "zh-CN": "「{value}」不是金额，应写成 12.50 这样的数字（单位：元）",
    en: "“{value}” is not an amount; write a number such as 12.50 (yuan)",
  },
  order_sku_code_empty: {
    "zh-CN": "商家编码为空，无法对应到货源规格；请在店铺后台给这个宝贝的规格填上商家编码",
    en: "The SKU code is empty, so the line cannot be matched to a supplier's SKU; set the SKU code in your store",
  },
  order_sku_code_invalid: {
    "zh-CN": "商家编码不能含空格，最长 64 个字符：{value}",
    en: "A SKU code has no spaces and at most 64 characters: {value}",
  },
  order_phone_missing: {
    "zh-CN": "没有收货人的手机或电话",
    en: "The recipient has no mobile or phone number",
  },
  order_not_china: {
    "zh-CN": "收货国家是 {country}，目前只能发往中国大陆",
    en: "The destination country is {country}; only mainland China is served",
  },
  order_currency_not_cny: {
    "zh-CN": "订单币种是 {currency}，目前只支持人民币（CNY）",
    en: "The order currency is {currency}; only yuan (CNY) is supported",
  },
  order_without_lines: {
    "zh-CN": "订单 {number} 在宝贝报表里没有宝贝",
    en: "The order {number} has no items in the item report",
  },
  order_address_missing: {
    "zh-CN": "订单 {number} 的各行都没有收货地址",
    en: "No row of the order {number} has a delivery address",
  },
  order_lines_without_order: {
    "zh-CN": "订单 {number} 不在订单报表里",
    en: "The order {number} is not in the order report",
  },

  // A delivery address.
  address_empty: { "zh-CN": "收货地址为空", en: "The delivery address is empty" },
  address_no_province: {
    "zh-CN": "认不出收货地址的省份：{value}",
    en: "No province can be recognised in the delivery address: {value}",
  },
  address_no_city: {
    "zh-CN": "认不出收货地址的城市：{value}",
    en: "No city can be recognised in the delivery address: {value}",
  },
  address_no_detail: {
    "zh-CN": "收货地址只有省市区，没有街道门牌：{value}",
    en: "The delivery address has no street or house number: {value}",
  },

  // Orders against the shop's selection and the day's cut-off.
  order_files_missing: {
    "zh-CN": "请选择要上传的订单文件（淘宝的订单报表和宝贝报表，或 Shopify 的订单导出）",
    en: "Choose the order files to upload (Taobao's order and item reports, or a Shopify orders export)",
  },
  order_file_too_large: { "zh-CN": "文件超过 {max} MB", en: "The file is larger than {max} MB" },
  order_sku_unknown: {
    "zh-CN": "商家编码 {code} 不在你的选品库里，先把这个商品加入选品库",
    en: "SKU code {code} is not in your selection; pick the product first",
  },
  order_sku_ambiguous: {
    "zh-CN": "商家编码 {code} 在你选的两家供应商的商品里都有，请在选品库里只留一个",
    en: "SKU code {code} belongs to two suppliers you picked from; keep only one of them in your selection",
  },
  order_has_problems: {
    "zh-CN": "订单文件有 {count} 处错误，没有导入任何订单",
    en: "The order files have {count} problems; no order was imported",
  },
  cutoff_future_date: {
    "zh-CN": "{date} 还没到，不能提前截单",
    en: "{date} has not come yet; a cut-off cannot run ahead of its day",
  },
  short_more_than_ordered: {
    "zh-CN": "缺货数量不能超过订购数量 {quantity}",
    en: "The short quantity cannot be more than the {quantity} ordered",
  },
  purchase_order_status_invalid: {
    "zh-CN": "采购单现在是「{status}」，不能这样改",
    en: "The purchase order is {status}; it cannot change that way",
  },
  line_not_cancellable: {
    "zh-CN": "这一行已经进了采购单，不能再取消",
    en: "This line is already on a purchase order and can no longer be cancelled",
  },
  idempotency_key_reused: {
    "zh-CN": "这个 Idempotency-Key 已用于另一份订单内容",
    en: "This Idempotency-Key was already used for a different order",
  },
} satisfies Record<string, Message>;

/** The things of the orders module that `not_found` can name. */
export const orderThings = {
  order: { "zh-CN": "订单", en: "order" },
  order_line: { "zh-CN": "订单行", en: "order line" },
  purchase_order: { "zh-CN": "采购单", en: "purchase order" },
  statement: { "zh-CN": "对账单", en: "statement" },
} satisfies Record<string, Message>;

export type OrderMessageCode = keyof typeof orderMessages;
