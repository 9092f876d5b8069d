import type { ColumnSpec } from "../header.js";

/** Shopify's orders export: one row per line item, the order's fields on its first row. */
export const SHOPIFY_ORDERS = [
  { key: "name", names: ["Name"], required: true },
  { key: "financialStatus", names: ["Financial Status"], required: true },
  { key: "createdAt", names: ["Created at"], required: true },
  { key: "cancelledAt", names: ["Cancelled at"] },
  { key: "currency", names: ["Currency"] },
  { key: "total", names: ["Total"] },
  { key: "quantity", names: ["Lineitem quantity"], required: true },
  { key: "title", names: ["Lineitem name"], required: true },
  { key: "price", names: ["Lineitem price"], required: true },
  { key: "skuCode", names: ["Lineitem sku"], required: true },
  { key: "shippingName", names: ["Shipping Name"], required: true },
  { key: "address1", names: ["Shipping Address1", "Shipping Street"], required: true },
  { key: "address2", names: ["Shipping Address2"] },
  { key: "city", names: ["Shipping City"], required: true },
  // The name (Zhejiang) reads better than the code (ZJ); either will do.
  { key: "province", names: ["Shipping Province Name", "Shipping Province"], required: true },
  { key: "country", names: ["Shipping Country"] },
  { key: "shippingPhone", names: ["Shipping Phone"], oneOf: "phone" },
  { key: "phone", names: ["Phone"], oneOf: "phone" },
  { key: "billingPhone", names: ["Billing Phone"] },
] as const satisfies readonly ColumnSpec<string>[];

export type ShopifyKey = (typeof SHOPIFY_ORDERS)[number]["key"];

/** Other headers of Shopify's export, to recognise one that lacks some columns. */
export const SHOPIFY_MARKS = [
  "Email",
  "Paid at",
  "Fulfillment Status",
  "Fulfilled at",
  "Subtotal",
  "Shipping",
  "Taxes",
  "Discount Code",
  "Lineitem compare at price",
  "Lineitem requires shipping",
  "Lineitem fulfillment status",
  "Billing Name",
  "Billing Address1",
  "Shipping Zip",
  "Shipping Province",
  "Payment Method",
  "Vendor",
  "Id",
];
