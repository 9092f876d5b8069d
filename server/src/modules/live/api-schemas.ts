import { z } from "zod";

export const RoomParams = z.object({ roomId: z.uuid() });
export const OrgRoomParams = z.object({ orgId: z.uuid(), roomId: z.uuid() });
export const Phone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, { message: "live_phone_invalid" });
const Fen = z.number().int().min(0).max(100_000_000);

export const RoomInput = z.object({
  title: z.string().trim().min(1).max(60),
  scheduledAt: z.iso.datetime({ offset: true }),
  streamUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullish(),
  coverSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullish(),
  anchors: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
  skuIds: z
    .array(z.uuid())
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, "duplicate SKU"),
});

export const RoomItem = z
  .object({
    skuId: z.uuid(),
    code: z.string(),
    title: z.string(),
    pictureUrl: z.string().nullable(),
    originalPriceFen: z.number().int(),
    clearanceQuantity: z.number().int(),
    clearancePriceFen: z.number().int().nullable(),
    available: z.number().int(),
  })
  .meta({ id: "LiveRoomItem" });

export const Deal = z
  .object({
    id: z.uuid(),
    roomId: z.uuid().nullable(),
    skuId: z.uuid(),
    code: z.string().nullable(),
    dealPriceFen: z.number().int(),
    quantity: z.number().int(),
    perBuyerLimit: z.number().int(),
    startsAt: z.string(),
    endsAt: z.string(),
    left: z.number().int(),
    sold: z.number().int(),
  })
  .meta({ id: "FlashDeal" });

export const DealInput = z.object({
  skuId: z.uuid(),
  dealPriceFen: Fen,
  quantity: z.number().int().min(1).max(1_000_000),
  perBuyerLimit: z.number().int().min(1).max(100),
  startsInSeconds: z.number().int().min(0).max(300).default(10),
  durationMinutes: z.number().int().min(1).max(120).default(20),
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{1,8}$/)
    .optional(),
});

export const Draw = z
  .object({
    id: z.uuid(),
    prize: z.string(),
    windowFrom: z.string(),
    windowTo: z.string(),
    seed: z.string(),
    entrants: z.number().int(),
    winners: z.array(z.string()),
    verified: z.boolean(),
  })
  .meta({ id: "LuckyDraw" });

export const DrawInput = z.object({
  prize: z.string().trim().min(1).max(60),
  windowMinutes: z.number().int().min(1).max(60).default(5),
  winners: z.number().int().min(1).max(100).default(1),
  keyword: z.string().trim().min(1).max(20).optional(),
});

export const Comment = z
  .object({ id: z.uuid(), buyer: z.string(), text: z.string(), at: z.string() })
  .meta({ id: "LiveComment" });

const RoomFields = {
  id: z.uuid(),
  hubId: z.uuid(),
  sellerId: z.uuid(),
  sellerName: z.string(),
  title: z.string(),
  coverUrl: z.string().nullable(),
  coverSha256: z.string().nullable(),
  streamUrl: z.string().nullable(),
  anchors: z.array(z.string()),
  scheduledAt: z.string(),
  status: z.enum(["scheduled", "live", "ended"]),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  pinnedSkuId: z.uuid().nullable(),
  peakViewers: z.number().int(),
  likes: z.number().int(),
};

export const RoomSummary = z.object(RoomFields).meta({ id: "LiveRoomSummary" });

export const Room = z
  .object({
    ...RoomFields,
    items: z.array(RoomItem),
    deals: z.array(Deal),
    viewers: z.number().int(),
    comments: z.array(Comment),
    draws: z.array(Draw),
  })
  .meta({ id: "LiveRoom" });

export const BuyerView = z.object({ id: z.uuid(), hubId: z.uuid(), phone: z.string() }).meta({ id: "LiveBuyer" });

export const AddressInput = z.object({
  name: z.string().trim().min(1).max(30),
  phone: Phone,
  address: z.string().trim().min(5).max(200),
});
export const Address = z
  .object({ id: z.uuid(), name: z.string(), phone: z.string(), address: z.string() })
  .meta({ id: "LiveAddress" });

export const Claim = z
  .object({
    id: z.uuid(),
    dealId: z.uuid(),
    roomId: z.uuid().nullable(),
    roomTitle: z.string().nullable(),
    skuId: z.uuid(),
    title: z.string(),
    quantity: z.number().int(),
    dealPriceFen: z.number().int(),
    totalFen: z.number().int(),
    status: z.enum(["accepted", "paid", "expired"]),
    payBy: z.string(),
    paidAt: z.string().nullable(),
    orderId: z.uuid().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "LiveClaim" });

export const BuyAccepted = z
  .object({
    claimId: z.uuid(),
    quantity: z.number().int(),
    payBy: z.string(),
    left: z.number().int(),
    repeated: z.boolean(),
  })
  .meta({ id: "FlashBuyAccepted" });

export const Report = z
  .object({
    room: RoomSummary,
    figures: z.object({
      peakViewers: z.number().int(),
      uniqueViewers: z.number().int(),
      likes: z.number().int(),
      comments: z.number().int(),
      orders: z.number().int(),
      paidOrders: z.number().int(),
      buyers: z.number().int(),
      units: z.number().int(),
      gmvFen: z.number().int(),
      paidGmvFen: z.number().int(),
      /** Buyers ÷ unique viewers. */
      conversion: z.number(),
      durationMinutes: z.number().int(),
    }),
    products: z.array(
      z.object({
        skuId: z.uuid(),
        title: z.string(),
        units: z.number().int(),
        gmvFen: z.number().int(),
        dealQuantity: z.number().int(),
        clearanceQuantity: z.number().int(),
        /** Units sold against the supplier's clearance quantity (0 to 1; 0 when it had none). */
        backlogCleared: z.number(),
      }),
    ),
    perMinute: z.array(z.object({ minute: z.string(), orders: z.number().int(), comments: z.number().int() })),
    timeline: z.array(
      z.object({
        at: z.string(),
        kind: z.string(),
        skuId: z.uuid().nullable(),
        dealId: z.uuid().nullable(),
        detail: z.record(z.string(), z.unknown()),
      }),
    ),
    draws: z.array(Draw),
  })
  .meta({ id: "LiveReport" });
