import { trackingStatus } from "../schema.js";

export type TrackingStatus = (typeof trackingStatus.enumValues)[number];
export const TRACKING_STATUSES = trackingStatus.enumValues;

/**
 * Carriers' own words (the Chinese their track pages and files use, the English codes their
 * APIs send) brought down to ours. Matched after lower-casing and dropping spaces, dashes and
 * underscores; a word not here is refused rather than guessed.
 */
const WORDS: Record<string, TrackingStatus> = Object.fromEntries(
  Object.entries({
    pending: ["pending", "待揽收", "已下单", "created", "accepted"],
    collected: ["collected", "揽收", "已揽收", "已揽件", "揽件", "收件", "pickedup", "pickup", "collect"],
    in_transit: [
      "intransit",
      "运输中",
      "在途",
      "在途中",
      "运送中",
      "已发出",
      "发往",
      "到达",
      "中转",
      "transit",
      "departed",
      "arrived",
    ],
    out_for_delivery: ["outfordelivery", "派件", "派件中", "派送", "派送中", "delivering", "ofd"],
    delivered: ["delivered", "签收", "已签收", "妥投", "已妥投", "signed", "代收", "已代收"],
    problem: ["problem", "问题件", "异常", "疑难", "拒收", "exception", "failed", "failedattempt", "held"],
    returned: ["returned", "退回", "已退回", "退件", "退签", "return", "returntosender"],
  } satisfies Record<TrackingStatus, string[]>).flatMap(([status, words]) =>
    words.map((word) => [word, status as TrackingStatus]),
  ),
);

export function normaliseStatus(word: string): TrackingStatus | undefined {
  return WORDS[word.toLowerCase().replace(/[\s_-]+/g, "")];
}
