import type { ManifestDocument, ManifestParcel, WaybillLabel } from "../types.js";

/**
 * Parcels leaving a Yiwu hub, as the shipping service would fill the documents: built by
 * index, not at random, so a failing test shows the same document every time.
 */
const PLACES = [
  { province: "浙江", city: "金华", address: "浙江省金华市婺城区八一南街 1288 号新世纪花园 7 幢 2 单元 1103 室" },
  { province: "广东", city: "深圳", address: "广东省深圳市南山区粤海街道科技南十二路 18 号长虹科技大厦 21 楼" },
  { province: "新疆", city: "乌鲁木齐", address: "新疆维吾尔自治区乌鲁木齐市天山区解放北路 90 号" },
  { province: "黑龙江", city: "齐齐哈尔", address: "黑龙江省齐齐哈尔市龙沙区卜奎大街 3 号" },
  {
    province: "内蒙古",
    city: "呼和浩特",
    address: "内蒙古自治区呼和浩特市赛罕区大学东街 235 号内蒙古师范大学盛乐校区北门快递柜",
  },
  { province: "江苏", city: "苏州", address: "江苏省苏州市工业园区星湖街 328 号" },
] as const;

const NAMES = ["王小明", "李娜", "欧阳娜娜", "张伟", "陈思思", "阿卜杜拉·买买提"] as const;

const ITEMS = [
  "连衣裙 红色/M ×2；T恤 白色/L ×1",
  "2025新款韩版双肩包女大容量帆布背包学生书包 黑色 ×1；零钱包 米白 ×3；腰包运动跑步手机包 卡其 ×2",
  "铝框拉杆箱万向轮20寸登机箱 ×1",
] as const;

const CARRIERS = [
  { code: "ZTO", name: "中通快递" },
  { code: "YTO", name: "圆通速递" },
  { code: "SF", name: "顺丰速运" },
] as const;

/** Tracking numbers of the lengths the carriers use: 14 digits, "YT" + 13, "SF" + 13. */
function trackingNumber(carrier: string, i: number): string {
  const serial = String(1_000_012 + i * 37).padStart(12, "0");
  if (carrier === "ZTO") return `73${serial}`;
  return `${carrier === "YTO" ? "YT" : "SF"}9${serial}`;
}

export function waybill(i: number): WaybillLabel {
  const place = PLACES[i % PLACES.length] ?? PLACES[0];
  const carrier = CARRIERS[i % CARRIERS.length] ?? CARRIERS[0];
  return {
    trackingNumber: trackingNumber(carrier.code, i),
    carrier,
    destination: { province: place.province, city: place.city },
    recipient: {
      name: NAMES[i % NAMES.length] ?? "王小明",
      phone: `13${i % 10}****${String(1000 + i).slice(-4)}`,
      address: place.address,
    },
    sender: {
      name: "半糖饰品店",
      phone: "0579-85550123",
      address: "浙江省义乌市福田街道国际商贸城二区 H 座 2 楼 21088 号",
    },
    items: ITEMS[i % ITEMS.length] ?? "",
    weightGrams: 350 + 1237 * (i % 5),
    date: "2025-05-14",
    orderNumber: `SO-20250514-${String(10_001 + i)}`,
  };
}

export const waybills = (count: number): WaybillLabel[] => Array.from({ length: count }, (_, i) => waybill(i));

const SENDERS = ["半糖饰品店", "阿梅家居旗舰店", "果果童装", "南风箱包小铺", "知足一禾百货"] as const;

// Of each twelve parcels, four go to the first place, three to the second … so provinces differ in count.
const SKEW = [0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 5] as const;

function parcel(i: number): ManifestParcel {
  const place = PLACES[SKEW[i % SKEW.length] ?? 0] ?? PLACES[0];
  // Every third parcel is still waiting; the others were scanned between 09:00 and 23:00 in
  // Shanghai (01:00–15:00 UTC), so the hub's time differs from UTC's by eight hours.
  const minutes = 60 + ((i * 3) % 840);
  const at = `2025-05-14T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00Z`;
  return {
    trackingNumber: trackingNumber("ZTO", i),
    sender: SENDERS[i % SENDERS.length] ?? "",
    province: place.province,
    city: place.city,
    weightGrams: 350 + 1237 * (i % 5),
    collectedAt: i % 3 === 2 ? null : at,
  };
}

export function manifest(count: number): ManifestDocument {
  return {
    hub: { name: "义乌福田服务中心" },
    carrier: { code: "ZTO", name: "中通快递" },
    station: "中通义乌福田网点",
    date: "2025-05-14",
    printedAt: "2025-05-14T10:30:00Z",
    timeZone: "Asia/Shanghai",
    parcels: Array.from({ length: count }, (_, i) => parcel(i)),
  };
}
