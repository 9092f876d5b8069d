import { z } from "zod";

/** Money is integer fen: ¥12.50 is 1250. Up to ¥1,000,000 a unit. */
export const Fen = z.number().int().min(0).max(100_000_000);
const Quantity = z.number().int().min(0).max(10_000_000);
const Millimetres = z.number().int().min(1).max(10_000);
const Label = z.string().trim().min(1).max(40);

export const Tier = z.object({ minQuantity: z.number().int().min(1).max(1_000_000), priceFen: Fen.min(1) });
export const ProductStatus = z.enum(["draft", "active", "archived"]).meta({ id: "ProductStatus" });
export const ProductOption = z.object({ name: Label, values: z.array(Label).min(1).max(50) });
export const ProductAttribute = z.object({ name: Label, value: z.string().trim().min(1).max(200) });

export const SkuFields = z.object({
  barcode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{4,32}$/)
    .nullish(),
  weightGrams: z.number().int().min(0).max(1_000_000),
  lengthMm: Millimetres.nullish(),
  widthMm: Millimetres.nullish(),
  heightMm: Millimetres.nullish(),
  dropshipPriceFen: Fen.nullish(),
  retailPriceFen: Fen.nullish(),
  clearanceQuantity: Quantity.optional(),
  clearancePriceFen: Fen.nullish(),
  tiers: z.array(Tier).min(1).max(6),
});

export const SkuInput = SkuFields.extend({
  // 商家编码: Taobao allows 64 bytes; no spaces, so spreadsheets and scanners agree.
  code: z.string().trim().min(1).max(64).regex(/^\S+$/),
  optionValues: z.array(Label).max(3),
  onHand: Quantity,
});

export const ProductInput = z.object({
  title: z.string().trim().min(1).max(120),
  description: z.string().max(20_000).optional(),
  categoryId: z.uuid().nullish(),
  attributes: z.array(ProductAttribute).max(30).optional(),
  options: z.array(ProductOption).max(3).optional(),
  moq: z.number().int().min(1).max(1_000_000).optional(),
  status: ProductStatus.optional(),
  skus: z.array(SkuInput).min(1).max(400),
});

export const Sku = z.object({
  id: z.uuid(),
  code: z.string(),
  barcode: z.string().nullable(),
  optionValues: z.array(z.string()),
  weightGrams: z.number(),
  lengthMm: z.number().nullable(),
  widthMm: z.number().nullable(),
  heightMm: z.number().nullable(),
  onHand: z.number(),
  reserved: z.number(),
  available: z.number(),
  dropshipPriceFen: z.number().nullable(),
  retailPriceFen: z.number().nullable(),
  clearanceQuantity: z.number(),
  clearancePriceFen: z.number().nullable(),
  tiers: z.array(Tier),
});

export const Product = z
  .object({
    id: z.uuid(),
    hubId: z.uuid(),
    supplierId: z.uuid(),
    categoryId: z.uuid().nullable(),
    title: z.string(),
    description: z.string(),
    attributes: z.array(z.object({ name: z.string(), value: z.string() })),
    options: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
    moq: z.number(),
    status: ProductStatus,
    salesCount: z.number(),
    pictures: z.array(z.string()),
    skus: z.array(Sku),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "Product" });

export const Category = z
  .object({ id: z.uuid(), parentId: z.uuid().nullable(), name: z.string(), nameEn: z.string(), position: z.number() })
  .meta({ id: "Category" });
