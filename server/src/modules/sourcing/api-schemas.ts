import { z } from "zod";
import { Fen, ProductStatus } from "../catalog/api-schemas.js";
import { alertKind } from "./schema.js";

const Markup = z.discriminatedUnion("kind", [
  z.object({
    fromFen: Fen,
    kind: z.literal("multiply"),
    // Two decimals at most, so the price is computed in whole hundredths (price-rule.ts).
    factor: z.number().min(1).max(100).multipleOf(0.01),
  }),
  z.object({ fromFen: Fen, kind: z.literal("add"), addFen: Fen }),
]);

export const PriceRule = z
  .object({
    ranges: z.array(Markup).min(1).max(10),
    rounding: z.enum(["none", ".90", ".99", "whole"]),
    minMarginFen: Fen,
    /** Of the cost: 20 means the price is at least cost × 1.2. */
    minMarginPercent: z.number().int().min(0).max(1000),
  })
  .meta({ id: "PriceRule" });

export const PriceRuleView = PriceRule.extend({ isDefault: z.boolean() }).meta({ id: "PriceRuleView" });

const Title = z.string().trim().min(1).max(120);
const RetailFen = Fen.min(1);

export const PickInput = z.object({
  productId: z.uuid(),
  /** Omitted: the whole product, every variant. */
  skuId: z.uuid().optional(),
  titleOverride: Title.optional(),
  priceOverrideFen: RetailFen.optional(),
});

export const PickChanges = z
  .object({ titleOverride: Title.nullable(), priceOverrideFen: RetailFen.nullable() })
  .partial();

export const PickedVariant = z.object({
  skuId: z.uuid(),
  code: z.string(),
  optionValues: z.array(z.string()),
  available: z.number(),
  costFen: z.number().nullable(),
  /** What the price rule gives. */
  rulePriceFen: z.number().nullable(),
  /** What the shop sells at: its override, else the rule's price. */
  priceFen: z.number().nullable(),
  marginFen: z.number().nullable(),
});

export const Pick = z
  .object({
    id: z.uuid(),
    productId: z.uuid(),
    skuId: z.uuid().nullable(),
    title: z.string(),
    productTitle: z.string(),
    titleOverride: z.string().nullable(),
    priceOverrideFen: z.number().nullable(),
    status: ProductStatus,
    /** The main picture's 400 px thumbnail, a path on this server. */
    picture: z.string().nullable(),
    /** Of the variant with the lowest cost: what the list shows at a glance. */
    costFen: z.number().nullable(),
    priceFen: z.number().nullable(),
    marginFen: z.number().nullable(),
    variants: z.array(PickedVariant),
    createdAt: z.date(),
  })
  .meta({ id: "Pick" });

export const ExportWarning = z
  .object({
    code: z.enum(["advertising_terms", "title_too_long", "out_of_stock", "no_pictures", "below_cost", "not_on_sale"]),
    productId: z.uuid(),
    title: z.string(),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .meta({ id: "ExportWarning" });

export const ExportCheck = z
  .object({ listings: z.number(), variants: z.number(), warnings: z.array(ExportWarning) })
  .meta({ id: "ExportCheck" });

export const ExportInput = z.object({
  formats: z
    .array(z.enum(["shopify", "taobao"]))
    .min(1)
    .default(["shopify", "taobao"]),
});

export const StockFeedSecret = z
  .object({ csvUrl: z.string(), jsonUrl: z.string(), prefix: z.string(), createdAt: z.date() })
  .meta({ id: "StockFeedSecret" });

export const StockFeedState = z
  .object({ feed: z.object({ prefix: z.string(), createdAt: z.date() }).nullable() })
  .meta({ id: "StockFeedState" });

export const Alert = z
  .object({
    id: z.uuid(),
    kind: z.enum(alertKind.enumValues),
    productId: z.uuid(),
    skuId: z.uuid().nullable(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
    createdAt: z.date(),
    readAt: z.date().nullable(),
  })
  .meta({ id: "Alert" });

export const AlertInbox = z.object({ unread: z.number(), alerts: z.array(Alert) }).meta({ id: "AlertInbox" });
