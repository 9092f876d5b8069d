import { importMessages } from "../modules/catalog/import/messages.js";
import { catalogMessages, catalogThings } from "../modules/catalog/messages.js";
import { pictureMessages } from "../modules/catalog/pictures/messages.js";
import { searchMessages } from "../modules/catalog/search/messages.js";
import { liveMessages, liveThings } from "../modules/live/messages.js";
import { orderMessages, orderThings } from "../modules/orders/messages.js";
import { shippingMessages, shippingThings } from "../modules/shipping/messages.js";
import { sourcingMessages, sourcingThings } from "../modules/sourcing/messages.js";
import type { Language } from "./language.js";

export type Message = Record<Language, string>;

/** The messages every module shares; each module keeps its own in its messages.ts. */
const sharedMessages = {
  validation_failed: { "zh-CN": "提交的内容有误，请检查标出的字段", en: "Some fields are not valid" },
  not_found: { "zh-CN": "找不到该{thing}", en: "No such {thing}" },
  route_not_found: { "zh-CN": "没有这个接口：{method} {url}", en: "No such route: {method} {url}" },
  unauthenticated: { "zh-CN": "请先登录", en: "Please log in first" },
  forbidden: { "zh-CN": "你没有权限执行此操作", en: "You are not allowed to do this" },
  owner_required: { "zh-CN": "只有该组织的负责人可以执行此操作", en: "Only an owner of this organisation can do this" },
  operator_required: { "zh-CN": "只有园区管理员可以查看", en: "Only the hub's operators can see this" },
  person_required: {
    "zh-CN": "成员、邀请和令牌只能在网页上由本人管理，不能用 API 令牌",
    en: "Members, invitations and tokens are managed by a person in the web app, not with an API token",
  },
  bad_origin: {
    "zh-CN": "请求来源不被允许（跨站请求被拒绝）",
    en: "Request origin not allowed (cross-site request refused)",
  },
  invalid_credentials: { "zh-CN": "邮箱或密码不正确", en: "Wrong e-mail address or password" },
  too_many_login_failures: {
    "zh-CN": "登录失败次数过多，请 {minutes} 分钟后再试",
    en: "Too many failed log-ins; try again in {minutes} minutes",
  },
  rate_limited: { "zh-CN": "请求太频繁，请稍后再试", en: "Too many requests; slow down" },
  email_taken: { "zh-CN": "该邮箱已注册，请直接登录", en: "An account with this e-mail address already exists" },
  org_name_taken: { "zh-CN": "本园区已有同名组织", en: "This hub already has an organisation with that name" },
  already_member: { "zh-CN": "你已经是该组织的成员", en: "You are already a member of this organisation" },
  invitation_invalid: { "zh-CN": "邀请无效、已使用或已过期", en: "This invitation is invalid, used or expired" },
  invitation_email_mismatch: {
    "zh-CN": "这份邀请是发给 {email} 的，请用该邮箱登录后再接受",
    en: "This invitation is for {email}; log in with that address to accept it",
  },
  last_owner: {
    "zh-CN": "组织至少需要一位负责人",
    en: "An organisation needs at least one owner",
  },
  unstorable_text: {
    "zh-CN": "提交的文字里有无法保存的字符（如 NUL 控制符），请删除后再试",
    en: "The text contains characters that cannot be stored (such as NUL); remove them and try again",
  },
  internal: { "zh-CN": "服务器出错了，请稍后再试", en: "Something went wrong on the server; please try again" },
} satisfies Record<string, Message>;

/** Each catalog of messages by its owner; a code must belong to one only (messages.test.ts). */
export const messageCatalogs = {
  shared: sharedMessages,
  catalog: catalogMessages,
  pictures: pictureMessages,
  search: searchMessages,
  import: importMessages,
  sourcing: sourcingMessages,
  orders: orderMessages,
  shipping: shippingMessages,
  live: liveMessages,
};

/**
 * Every message an API error can carry, by code. `{name}` is filled from the error's params.
 * Spread, so a code defined twice would silently take the later text: the test forbids it.
 */
export const messages = {
  ...sharedMessages,
  ...catalogMessages,
  ...pictureMessages,
  ...searchMessages,
  ...importMessages,
  ...sourcingMessages,
  ...orderMessages,
  ...shippingMessages,
  ...liveMessages,
};

export type MessageCode = keyof typeof messages;

const sharedThings = {
  organisation: { "zh-CN": "组织", en: "organisation" },
  hub: { "zh-CN": "园区", en: "hub" },
  invitation: { "zh-CN": "邀请", en: "invitation" },
  token: { "zh-CN": "令牌", en: "token" },
  member: { "zh-CN": "成员", en: "member" },
} satisfies Record<string, Message>;

export const thingCatalogs = {
  shared: sharedThings,
  catalog: catalogThings,
  sourcing: sourcingThings,
  orders: orderThings,
  shipping: shippingThings,
  live: liveThings,
};

/** The things `not_found` can name, in both languages. */
export const things = {
  ...sharedThings,
  ...catalogThings,
  ...sourcingThings,
  ...orderThings,
  ...shippingThings,
  ...liveThings,
};

export type Thing = keyof typeof things;

export function translate(code: MessageCode, language: Language, params: Record<string, string | number> = {}): string {
  return messages[code][language].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
