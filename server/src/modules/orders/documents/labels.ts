import type { Language } from "../../../http/language.js";
import type { Count } from "./figures.js";

/** Every word the documents print that does not come from the data, per language. */
const zhCN = {
  /** "供货方：某某", "Supplier: X". */
  field: (label: string, value: string) => `${label}：${value}`,
  pageOf: (page: number, pages: number) => `第 ${page} / ${pages} 页`,
  printedAt: (time: string) => `打印时间 ${time}`,
  continued: "（续）",
  hub: "服务中心",
  date: "日期",
  cutoff: "截单时间",
  supplier: "供货方",
  shop: "门店",
  buyer: "采购方",
  contact: "联系人",
  phone: "电话",
  address: "地址",
  fulfilment: "履约方式",
  fulfilments: { pickup: "自提", dropship: "代发" },
  fulfilmentNotes: {
    pickup: "自提：门店到供货方取货",
    dropship: "代发：供货方按订单直接发货给买家",
  },
  picked: "拣",
  skuCode: "SKU 编码",
  title: "商品",
  options: "规格",
  quantity: "数量",
  unitPrice: "单价",
  amount: "金额",
  balance: "余额",
  note: "备注",
  purchaseOrderNumber: "采购单号",
  pickList: {
    title: "拣货单",
    shopCount: (count: Count) => `小计：${count.lines} 行，${count.units} 件`,
    summary: (count: Count & { shops: number }) => `${count.shops} 个门店 · ${count.lines} 行 · ${count.units} 件`,
    overallCount: (count: Count & { shops: number }) =>
      `合计：${count.shops} 个门店，${count.lines} 行，${count.units} 件`,
  },
  purchaseOrder: {
    title: "采购单",
    lineNumber: "#",
    ordered: "订购",
    short: "缺货",
    orderedAmount: (units: number) => `订购金额（${units} 件）`,
    shortAmount: (units: number) => `缺货扣减（${units} 件）`,
    payable: (units: number) => `应付金额（${units} 件）`,
    struckNote: "划线的行整行缺货，不计金额。",
    signatures: ["供货方签字", "采购方签字", "日期"],
  },
  statement: {
    title: "对账单",
    opening: "期初余额",
    closing: "期末余额",
    kinds: { order_line: "订货", short_ship: "缺货扣减", payment: "付款" },
    prices: { wholesale: "批发价", dropship: "代发价" },
    kindWithPrice: (price: "wholesale" | "dropship") => `订货（${price === "wholesale" ? "批发价" : "代发价"}）`,
    reference: "单号",
    item: "商品 / 说明",
    quantityPrice: "数量 × 单价",
    ordered: "本日订货",
    shortShipped: "缺货扣减",
    paid: "付款",
    balanceNote: "余额为正数表示门店应付供货方的金额。",
  },
  csv: {
    date: "日期",
    shop: "门店",
    supplier: "供货方",
    kind: "类型",
    reference: "单号",
    skuCode: "SKU编码",
    title: "商品",
    options: "规格",
    quantity: "数量",
    unitPrice: "单价(元)",
    amount: "金额(元)",
    balance: "余额(元)",
  },
};

export type Labels = typeof zhCN;

const en: Labels = {
  field: (label, value) => `${label}: ${value}`,
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  printedAt: (time) => `Printed ${time}`,
  continued: " (continued)",
  hub: "Hub",
  date: "Date",
  cutoff: "Cut-off",
  supplier: "Supplier",
  shop: "Shop",
  buyer: "Buyer",
  contact: "Contact",
  phone: "Phone",
  address: "Address",
  fulfilment: "Fulfilment",
  fulfilments: { pickup: "Pickup", dropship: "Dropship" },
  fulfilmentNotes: {
    pickup: "Pickup: the shop collects the goods at the supplier",
    dropship: "Dropship: the supplier ships each order to its buyer",
  },
  picked: "OK",
  skuCode: "SKU",
  title: "Product",
  options: "Options",
  quantity: "Qty",
  unitPrice: "Price",
  amount: "Amount",
  balance: "Balance",
  note: "Note",
  purchaseOrderNumber: "PO",
  pickList: {
    title: "Pick list",
    shopCount: (count) => `Subtotal: ${count.lines} lines, ${count.units} units`,
    summary: (count) => `${count.shops} shops · ${count.lines} lines · ${count.units} units`,
    overallCount: (count) => `Total: ${count.shops} shops, ${count.lines} lines, ${count.units} units`,
  },
  purchaseOrder: {
    title: "Purchase order",
    lineNumber: "#",
    ordered: "Qty",
    short: "Short",
    orderedAmount: (units) => `Ordered (${units} units)`,
    shortAmount: (units) => `Short-shipped (${units} units)`,
    payable: (units) => `Payable (${units} units)`,
    struckNote: "Struck-through lines were not delivered and are not charged.",
    signatures: ["Supplier", "Buyer", "Date"],
  },
  statement: {
    title: "Statement",
    opening: "Opening balance",
    closing: "Closing balance",
    kinds: { order_line: "Order", short_ship: "Short-ship", payment: "Payment" },
    prices: { wholesale: "wholesale", dropship: "dropship" },
    kindWithPrice: (price) => `Order (${price})`,
    reference: "Reference",
    item: "Item",
    quantityPrice: "Qty × price",
    ordered: "Ordered today",
    shortShipped: "Short-shipped",
    paid: "Paid",
    balanceNote: "A positive balance is what the shop owes the supplier.",
  },
  csv: {
    date: "Date",
    shop: "Shop",
    supplier: "Supplier",
    kind: "Type",
    reference: "Reference",
    skuCode: "SKU",
    title: "Product",
    options: "Options",
    quantity: "Quantity",
    unitPrice: "Unit price (CNY)",
    amount: "Amount (CNY)",
    balance: "Balance (CNY)",
  },
};

const LABELS: Record<Language, Labels> = { "zh-CN": zhCN, en };

export function labelsFor(language: Language = "zh-CN"): Labels {
  return LABELS[language];
}

/** "颜色: 黑色 / 尺码: M": the same in both languages, since the names are the supplier's. */
export function optionText(options: { name: string; value: string }[]): string {
  return options.map((option) => `${option.name}: ${option.value}`).join(" / ");
}
