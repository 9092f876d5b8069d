import { z } from "zod";

const Fen = z.number().int().min(0).max(100_000_000);
const LineStatus = z.enum(["reserved", "backordered", "ordered", "cancelled"]);
export const IsoDate = z.iso.date().meta({ description: "A business day, YYYY-MM-DD in the hub's time zone" });

/** An order typed into the form or sent by a shop's own system. */
export const OrderInput = z.object({
  platformOrderNumber: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .optional()
    .meta({ description: "The store's order number; without it, the Idempotency-Key or a new number is used" }),
  buyerName: z.string().trim().min(1).max(50),
  phone: z.string().trim().min(5).max(30),
  address: z.string().trim().min(6).max(200).meta({ description: "浙江省金华市义乌市江东街道… as the buyer wrote it" }),
  lines: z
    .array(
      z.object({
        skuCode: z.string().trim().min(1).max(64),
        quantity: z.number().int().min(1).max(100_000),
        unitPriceFen: Fen.default(0),
        title: z.string().trim().max(120).default(""),
      }),
    )
    .min(1)
    .max(100),
});

export const OrderLine = z
  .object({
    id: z.uuid(),
    skuId: z.uuid(),
    skuCode: z.string(),
    optionValues: z.array(z.string()),
    title: z.string(),
    supplierId: z.uuid(),
    supplierName: z.string(),
    quantity: z.number().int(),
    unitPriceFen: z.number().int(),
    status: LineStatus,
    purchaseOrderNumber: z.string().nullable(),
    shortQuantity: z.number().int(),
  })
  .meta({ id: "OrderLine" });

export const Order = z
  .object({
    id: z.uuid(),
    platform: z.string(),
    platformOrderNumber: z.string(),
    buyerName: z.string(),
    phone: z.string(),
    address: z.string(),
    placedAt: z.string(),
    totalFen: z.number().int().nullable(),
    lines: z.array(OrderLine),
  })
  .meta({ id: "Order" });

export const OrdersQuery = z.object({
  status: LineStatus.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

const Problem = z.object({
  file: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});

export const OrderImport = z
  .object({
    platform: z.enum(["taobao", "shopify"]).nullable(),
    created: z.array(
      z.object({
        id: z.uuid(),
        platformOrderNumber: z.string(),
        reserved: z.number().int(),
        backordered: z.number().int(),
      }),
    ),
    existing: z.array(z.object({ id: z.uuid(), platformOrderNumber: z.string() })),
    skipped: z.array(
      z.object({ platformOrderNumber: z.string(), status: z.string(), scope: z.enum(["order", "line"]) }),
    ),
    problems: z.array(Problem),
  })
  .meta({ id: "OrderImport" });

const PoStatus = z.enum(["open", "confirmed", "ready", "collected", "shipped"]);

export const PurchaseOrder = z
  .object({
    id: z.uuid(),
    number: z.string(),
    businessDate: z.string(),
    supplierId: z.uuid(),
    supplierName: z.string(),
    shopId: z.uuid(),
    shopName: z.string(),
    mode: z.enum(["pickup", "dropship"]),
    status: PoStatus,
    units: z.number().int(),
    totalFen: z.number().int(),
    lines: z.array(
      z.object({
        orderLineId: z.uuid(),
        orderId: z.uuid(),
        skuCode: z.string(),
        title: z.string(),
        optionValues: z.array(z.string()),
        options: z.array(z.object({ name: z.string(), value: z.string() })),
        quantity: z.number().int(),
        shortQuantity: z.number().int(),
        unitCostFen: z.number().int(),
        amountFen: z.number().int(),
      }),
    ),
    orders: z.array(
      z.object({
        orderId: z.uuid(),
        platformOrderNumber: z.string(),
        buyerName: z.string(),
        phone: z.string(),
        address: z.string(),
      }),
    ),
  })
  .meta({ id: "PurchaseOrder" });

export const Statement = z
  .object({
    businessDate: z.string(),
    shopId: z.uuid(),
    shopName: z.string(),
    supplierId: z.uuid(),
    supplierName: z.string(),
    openingFen: z.number().int(),
    dayFen: z.number().int(),
    deductedFen: z.number().int(),
    closingFen: z.number().int(),
    lines: z.array(
      z.object({
        purchaseOrderNumber: z.string(),
        mode: z.enum(["pickup", "dropship"]),
        skuCode: z.string(),
        title: z.string(),
        options: z.array(z.object({ name: z.string(), value: z.string() })),
        quantity: z.number().int(),
        shortQuantity: z.number().int(),
        unitCostFen: z.number().int(),
        amountFen: z.number().int(),
        deductedFen: z.number().int(),
      }),
    ),
  })
  .meta({ id: "Statement" });

export const OrderSettings = z
  .object({
    cutoffTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    defaultMode: z.enum(["pickup", "dropship"]),
    supplierModes: z.record(z.uuid(), z.enum(["pickup", "dropship"])),
  })
  .meta({ id: "OrderSettings" });

export const CutoffResult = z
  .object({
    businessDate: z.string(),
    ran: z.boolean(),
    counts: z.object({ lines: z.number().int(), purchaseOrders: z.number().int(), parcels: z.number().int() }),
  })
  .meta({ id: "CutoffResult" });
