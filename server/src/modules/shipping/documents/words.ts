import type { Language } from "../../../http/language.js";

/** How many parcels a manifest holds, for its header. */
export type ManifestCount = { parcels: number; collected: number; waiting: number; kg: string };

/**
 * Every word the shipping documents print that does not come from the data, per language.
 * Page numbers, "printed at" and "label: value" come from the orders documents' word list.
 */
const zhCN = {
  label: {
    recipient: "收件人",
    sender: "寄件人",
    items: "物品",
    weight: "重量",
    orderNumber: "订单号",
    signature: "签收人",
    signedAt: "签收时间",
  },
  manifest: {
    title: "揽收清单",
    carrier: "快递公司",
    station: "揽收网点",
    count: (count: ManifestCount) =>
      `共 ${count.parcels} 件，已揽收 ${count.collected} 件，待揽收 ${count.waiting} 件，合计 ${count.kg} kg`,
    byProvince: "目的省份",
    provinceCount: (province: string, parcels: number) => `${province} ${parcels}`,
    index: "#",
    trackingNumber: "运单号",
    sender: "寄件人",
    destination: "目的地",
    weight: "重量(kg)",
    collected: "揽收",
    signatures: ["服务中心交件人", "快递员", "交接时间"],
  },
  csv: {
    date: "日期",
    hub: "服务中心",
    carrier: "快递公司",
    trackingNumber: "运单号",
    sender: "寄件人",
    province: "目的省份",
    city: "目的城市",
    weight: "重量(kg)",
    collectedAt: "揽收时间",
  },
};

export type Words = typeof zhCN;

const en: Words = {
  label: {
    recipient: "Recipient",
    sender: "Sender",
    items: "Items",
    weight: "Weight",
    orderNumber: "Order",
    signature: "Received by",
    signedAt: "Time",
  },
  manifest: {
    title: "Pickup manifest",
    carrier: "Carrier",
    station: "Station",
    count: (count) =>
      `${count.parcels} parcels: ${count.collected} collected, ${count.waiting} waiting, ${count.kg} kg in all`,
    byProvince: "By province",
    provinceCount: (province, parcels) => `${province} ${parcels}`,
    index: "#",
    trackingNumber: "Tracking number",
    sender: "Sender",
    destination: "Destination",
    weight: "Weight (kg)",
    collected: "Collected",
    signatures: ["Hub, handed over by", "Courier", "Time"],
  },
  csv: {
    date: "Date",
    hub: "Hub",
    carrier: "Carrier",
    trackingNumber: "Tracking number",
    sender: "Sender",
    province: "Province",
    city: "City",
    weight: "Weight (kg)",
    collectedAt: "Collected at",
  },
};

const WORDS: Record<Language, Words> = { "zh-CN": zhCN, en };

export function wordsFor(language: Language = "zh-CN"): Words {
  return WORDS[language];
}
