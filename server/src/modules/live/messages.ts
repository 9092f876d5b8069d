import type { Message } from "../../http/messages.js";

/** Messages of the live module (see http/messages.ts): rooms, buyers' sign-in, flash deals, payment. */
export const liveMessages = {
  live_sign_in_required: { "zh-CN": "请先用手机号登录", en: "Sign in with your phone number first" },
  live_code_wrong: { "zh-CN": "验证码不对或已过期", en: "The code is wrong or has expired" },
  live_phone_invalid: { "zh-CN": "请输入 11 位手机号", en: "Enter an 11-digit mobile number" },
  live_room_ended: { "zh-CN": "直播已结束", en: "The live show has ended" },
  live_room_not_live: { "zh-CN": "直播还没开始", en: "The live show has not started" },
  live_room_status: {
    "zh-CN": "直播间现在是「{status}」状态，不能这样操作",
    en: "The room is {status}; this cannot be done now",
  },
  live_sku_not_sellable: {
    "zh-CN": "这个商品不是你的货，也不在你的选品里",
    en: "This product is neither your own nor one of your picks",
  },
  live_sku_not_in_lineup: { "zh-CN": "这个商品不在本场的商品列表里", en: "This product is not in the room's lineup" },
  live_pinned_not_in_lineup: {
    "zh-CN": "正在讲解的商品不能从列表里移除，请先取消讲解",
    en: "The pinned product cannot leave the lineup; unpin it first",
  },
  live_deal_over_stock: {
    "zh-CN": "秒杀数量 {quantity} 超过了可用库存 {available}",
    en: "The deal's {quantity} units are more than the {available} in stock",
  },
  live_deal_code_taken: {
    "zh-CN": "口令「{code}」已被本场另一个进行中的秒杀使用",
    en: "The code “{code}” is used by another open deal in this room",
  },
  deal_not_started: { "zh-CN": "秒杀还没开始", en: "The deal has not started yet" },
  deal_ended: { "zh-CN": "秒杀已结束", en: "The deal has ended" },
  sold_out: { "zh-CN": "已抢光", en: "Sold out" },
  over_limit: { "zh-CN": "每人限购 {limit} 件", en: "At most {limit} per buyer" },
  quantity_invalid: { "zh-CN": "数量至少为 1", en: "The quantity must be at least 1" },
  live_comment_too_fast: { "zh-CN": "评论太快了，请稍后再发", en: "You are commenting too fast; wait a moment" },
  live_claim_expired: {
    "zh-CN": "这笔订单已超时未付款，已取消，款项将原路退回",
    en: "This order was not paid in time and is cancelled; the payment will be refunded",
  },
  live_claim_paid: { "zh-CN": "这笔订单已经付过款了", en: "This order is paid already" },
  live_payment_signature_invalid: { "zh-CN": "支付回调签名不对", en: "The payment callback's signature is wrong" },
  live_address_invalid: { "zh-CN": "收货地址不完整：{reason}", en: "The address is incomplete: {reason}" },
  live_draw_no_entrants: {
    "zh-CN": "这段时间里没有观众评论，无法抽奖",
    en: "Nobody commented in that window; there is no one to draw",
  },
} satisfies Record<string, Message>;

/** What `not_found` can name in the live module. */
export const liveThings = {
  live_room: { "zh-CN": "直播间", en: "live room" },
  flash_deal: { "zh-CN": "秒杀", en: "flash deal" },
  live_claim: { "zh-CN": "订单", en: "order" },
  live_address: { "zh-CN": "收货地址", en: "address" },
  live_draw: { "zh-CN": "抽奖", en: "lucky draw" },
} satisfies Record<string, Message>;
