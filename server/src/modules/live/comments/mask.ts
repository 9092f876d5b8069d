/**
 * Words a room does not show: ways to take buyers off the platform (WeChat, QQ, private
 * trades), insults, and scam bait. Each is replaced by as many ＊ as it has characters.
 */
const PROHIBITED = [
  "加微信",
  "加微",
  "微信",
  "vx",
  "qq群",
  "私聊",
  "私下交易",
  "转账",
  "刷单",
  "傻逼",
  "傻b",
  "垃圾",
  "骗子",
  "去死",
];

const pattern = new RegExp(PROHIBITED.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "giu");

export function maskProhibited(text: string): string {
  return text.replace(pattern, (word) => "＊".repeat([...word].length));
}

/** 138****1234: how a buyer appears to other viewers. */
export const maskedPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/** The deal code a comment claims with: 扣1, 1, 扣 A2 … (a comment that is just the code). */
export function claimCodeOf(text: string): string | undefined {
  const match = /^\s*扣?\s*([0-9A-Za-z]{1,8})\s*$/u.exec(text);
  return match?.[1];
}
