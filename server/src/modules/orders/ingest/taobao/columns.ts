import type { ColumnSpec } from "../header.js";

// The names each column has had across seller-centre and 千牛 versions; the first is today's.
const ORDER_NUMBER = ["订单编号", "订单号", "主订单编号", "淘宝订单编号"] as const;
const STATUS = ["订单状态", "交易状态", "子订单状态"] as const;
const TITLE = ["标题", "宝贝标题", "商品标题", "宝贝名称", "商品名称"] as const;
const PRICE = ["价格", "单价", "商品价格", "宝贝单价", "商品单价"] as const;
const QUANTITY = ["购买数量", "数量", "宝贝数量", "商品数量"] as const;
const SKU_CODE = ["商家编码", "SKU商家编码", "商家SKU编码", "规格商家编码", "商家编码(SKU)"] as const;
const OPTIONS = ["商品属性", "销售属性", "宝贝属性", "SKU属性"] as const;

export const ORDER_FIELDS = [
  { key: "status", names: STATUS, required: true },
  { key: "buyerName", names: ["收货人姓名", "收货人", "收件人", "收件人姓名"], required: true },
  { key: "address", names: ["收货地址", "收货人地址", "收件地址", "收件人地址", "详细收货地址"], required: true },
  { key: "mobile", names: ["联系手机", "手机", "手机号", "收货人手机", "收件人手机"], oneOf: "phone" },
  { key: "phone", names: ["联系电话", "电话", "收货人电话", "固定电话"], oneOf: "phone" },
  { key: "placedAt", names: ["订单创建时间", "创建时间", "下单时间"], required: true },
  { key: "total", names: ["买家实际支付金额", "实付金额", "买家实付金额", "总金额"] },
] as const satisfies readonly ColumnSpec<string>[];

export const LINE_FIELDS = [
  { key: "title", names: TITLE, required: true },
  { key: "price", names: PRICE, required: true },
  { key: "quantity", names: QUANTITY, required: true },
  { key: "skuCode", names: SKU_CODE, required: true },
  { key: "options", names: OPTIONS },
] as const satisfies readonly ColumnSpec<string>[];

/** 订单报表: one row per order. */
export const ORDER_REPORT = [
  { key: "orderNumber", names: ORDER_NUMBER, required: true },
  ...ORDER_FIELDS,
] as const satisfies readonly ColumnSpec<string>[];

/** 宝贝报表: one row per item, joined to its order on 订单编号. */
export const ITEM_REPORT = [
  { key: "orderNumber", names: ORDER_NUMBER, required: true },
  ...LINE_FIELDS,
  { key: "status", names: STATUS },
] as const satisfies readonly ColumnSpec<string>[];

/** The newer XLSX: one row per sub-order, the order's fields on its rows (or on its first). */
export const SUB_ORDER_FILE = [
  { key: "orderNumber", names: ["主订单编号", "订单编号"], required: true },
  { key: "subOrderNumber", names: ["子订单编号"], required: true },
  // A sub-order's own status (a refunded line of a paid order) before the main order's.
  { key: "status", names: ["子订单状态", ...STATUS], required: true },
  ...ORDER_FIELDS.filter((field) => field.key !== "total" && field.key !== "status"),
  ...LINE_FIELDS,
] as const satisfies readonly ColumnSpec<string>[];

export type OrderReportKey = (typeof ORDER_REPORT)[number]["key"];
export type ItemReportKey = (typeof ITEM_REPORT)[number]["key"];
export type SubOrderKey = (typeof SUB_ORDER_FILE)[number]["key"];
export type OrderFieldKey = (typeof ORDER_FIELDS)[number]["key"];
export type LineFieldKey = (typeof LINE_FIELDS)[number]["key"];

/** Headers of an order report that no other file has: together they tell it apart. */
export const ORDER_REPORT_MARKS = ["收货地址", "收货人姓名", "买家会员名", "买家应付货款", "订单创建时间"];

/** Other headers only Taobao's exports have, to recognise a Taobao file that lacks some columns. */
export const TAOBAO_MARKS = [
  "买家会员名",
  "买家支付宝账号",
  "买家应付货款",
  "买家应付邮费",
  "宝贝种类",
  "宝贝总数量",
  "物流单号",
  "物流公司",
  "店铺名称",
  "外部系统编号",
  "套餐信息",
];
