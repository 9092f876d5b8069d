import type { Message } from "../../http/messages.js";

/**
 * Messages of the shipping module (see http/messages.ts): a rate card as a whole, a rate sheet
 * (CSV/XLSX) cell by cell, and why a parcel cannot be priced or allocated. `{name}` is filled
 * from the problem's params; weights are in kg and amounts in yuan there.
 */
export const shippingMessages = {
  // A rate card, whichever way it came in.
  rate_value_invalid: { "zh-CN": "「{field}」的值不对", en: "The value of “{field}” is not valid" },
  rate_price_negative: { "zh-CN": "价格不能为负数", en: "A price cannot be negative" },
  rate_value_too_large: { "zh-CN": "数值太大了", en: "The value is too large" },
  rate_weight_not_positive: { "zh-CN": "重量必须大于 0", en: "A weight must be more than 0" },
  rate_weight_step_invalid: {
    "zh-CN": "计重取整只能是 1 kg 或 0.5 kg",
    en: "Weights round up to 1 kg or to 0.5 kg, nothing else",
  },
  rate_divisor_invalid: {
    "zh-CN": "抛重系数应在 1000 到 30000 之间（常见 6000 或 12000）",
    en: "The volumetric divisor must be between 1000 and 30000 (6000 or 12000 are common)",
  },
  rate_count_negative: { "zh-CN": "票数不能为负数", en: "A parcel count cannot be negative" },
  rate_count_not_positive: { "zh-CN": "单量阶梯的票数至少为 1", en: "A volume tier starts at 1 parcel or more" },
  rate_carrier_unknown: { "zh-CN": "不认识的快递公司「{value}」", en: "Unknown carrier “{value}”" },
  rate_tier_threshold_not_increasing: {
    "zh-CN": "第 {tier} 档的单量 {value} 票应高于上一档的 {previous} 票",
    en: "Tier {tier} starts at {value} parcels; it must start above the previous tier's {previous}",
  },
  rate_tier_discount_not_increasing: {
    "zh-CN": "第 {tier} 档每票优惠 {value} 元，应高于上一档的 {previous} 元",
    en: "Tier {tier} takes {value} yuan off a parcel; it must take more than the previous tier's {previous}",
  },
  rate_tier_discount_too_large: {
    "zh-CN": "每票优惠 {value} 元不低于最便宜的价格 {price} 元，包裹就成了免费的",
    en: "A discount of {value} yuan a parcel is not below the cheapest price, {price} yuan: parcels would go for free",
  },
  rate_province_unknown: { "zh-CN": "不认识的省份「{value}」", en: "Unknown province “{value}”" },
  rate_city_invalid: {
    "zh-CN": "城市代码「{value}」不是省份 {province} 的四位地市代码",
    en: "“{value}” is not a four-digit prefecture code of province {province}",
  },
  rate_destination_repeated: {
    "zh-CN": "「{place}」重复了（第 {first} 项已有）",
    en: "“{place}” appears twice (first as entry {first})",
  },
  rate_province_missing: {
    "zh-CN": "缺少{name}（{province}）：每个省份都要报价或标明不派送",
    en: "{name} ({province}) is missing: every province must be priced or marked as not served",
  },
  rate_bands_empty: { "zh-CN": "「{place}」没有任何重量段的价格", en: "“{place}” has no weight band priced" },
  rate_band_after_open: {
    "zh-CN": "上一段没有重量上限，后面不能再有重量段",
    en: "The band before has no upper limit, so no band can follow it",
  },
  rate_bands_overlap: {
    "zh-CN": "两个重量段的上限都是 {value} kg，同一重量有两个价格",
    en: "Two bands end at {value} kg: the same weights would have two prices",
  },
  rate_bands_unordered: {
    "zh-CN": "重量段上限 {value} kg 排在 {previous} kg 之后；请按重量从小到大排列",
    en: "A band ending at {value} kg comes after one ending at {previous} kg; list bands from light to heavy",
  },
  rate_weight_off_step: {
    "zh-CN": "{value} kg 不是计重取整 {step} kg 的整数倍，这个重量段永远用不上",
    en: "{value} kg is not a multiple of the {step} kg weights round to; the band could never apply",
  },

  // A rate sheet (CSV or XLSX).
  rate_sheet_xls: {
    "zh-CN": "不支持旧版 .xls 文件，请在 Excel 里另存为 .xlsx 或 CSV",
    en: "Old .xls files are not supported; save it as .xlsx or CSV in Excel",
  },
  rate_sheet_unreadable: { "zh-CN": "无法读取这个文件：{reason}", en: "This file cannot be read: {reason}" },
  rate_sheet_malformed: {
    "zh-CN": "CSV 格式有误（第 {line} 行附近）：{reason}",
    en: "The CSV is malformed (near line {line}): {reason}",
  },
  rate_sheet_no_table: {
    "zh-CN": "找不到价格表：需要一行以「{header}」开头的表头",
    en: "No price table found: it needs a header row with “{header}”",
  },
  rate_sheet_columns_missing: { "zh-CN": "价格表缺少列：{columns}", en: "The price table lacks columns: {columns}" },
  rate_sheet_setting_unknown: {
    "zh-CN": "价格表上方的「{value}」不是可识别的设置（快递公司、计重取整、抛重系数、每日揽收上限、单量阶梯）",
    en: "“{value}” above the price table is not a known setting (carrier, weight step, volumetric divisor, daily capacity, volume tier)",
  },
  rate_sheet_setting_repeated: {
    "zh-CN": "这项设置在第 {first} 行已经有了",
    en: "This setting is already given on row {first}",
  },
  rate_sheet_carrier_missing: {
    "zh-CN": "没有写快递公司：在价格表上方加一行「快递公司,ZTO」",
    en: "No carrier is given: add a row “快递公司,ZTO” above the price table",
  },
  rate_sheet_amount_invalid: {
    "zh-CN": "「{value}」不是金额，应写成 1.45 这样的数字（单位：元，最多两位小数）",
    en: "“{value}” is not an amount; write a number such as 1.45 (yuan, at most two decimals)",
  },
  rate_sheet_weight_invalid: {
    "zh-CN": "「{value}」不是重量，应写成 0.5 这样的数字（单位：kg）",
    en: "“{value}” is not a weight; write a number such as 0.5 (kg)",
  },
  rate_sheet_count_invalid: { "zh-CN": "「{value}」不是整数", en: "“{value}” is not a whole number" },
  rate_sheet_yes_no_invalid: {
    "zh-CN": "「{value}」应写「是」或留空",
    en: "“{value}” should be “是” (yes) or left blank",
  },
  rate_sheet_value_missing: { "zh-CN": "不能为空", en: "Must not be empty" },
  rate_sheet_province_unknown: { "zh-CN": "不认识的省份「{value}」", en: "Unknown province “{value}”" },
  rate_sheet_city_unknown: {
    "zh-CN": "{province}没有叫「{value}」的地市（也可以写四位地市代码）",
    en: "{province} has no prefecture “{value}” (a four-digit prefecture code works too)",
  },
  rate_sheet_not_served_priced: {
    "zh-CN": "标了不派送的行不能再填价格",
    en: "A row marked as not served cannot carry prices",
  },
  rate_sheet_flat_needs_limit: {
    "zh-CN": "一口价的重量段要写上限；没有上限的最后一段请填首重和续重价",
    en: "A flat-price band needs an upper limit; give the open last band a first weight and a per-kg price",
  },
  rate_sheet_not_served_mixed: {
    "zh-CN": "「{place}」在第 {first} 行已有，不能既报价又标不派送",
    en: "“{place}” is already on row {first}; it cannot be both priced and not served",
  },
  rate_sheet_surcharge_differs: {
    "zh-CN": "「{place}」的偏远附加费和第 {first} 行不一样",
    en: "The remote surcharge of “{place}” differs from the one on row {first}",
  },

  // Why a parcel has no price, or stays without a carrier.
  parcel_weight_invalid: {
    "zh-CN": "包裹重量或尺寸无效（重量至少 1 克）",
    en: "The parcel's weight or size is not valid (it weighs at least 1 g)",
  },
  parcel_destination_invalid: {
    "zh-CN": "收货省份不是中国大陆的省份",
    en: "The destination is not a province of mainland China",
  },
  parcel_not_served: { "zh-CN": "没有快递公司派送到这里", en: "No carrier delivers to this destination" },
  parcel_too_heavy: {
    "zh-CN": "包裹超过了所有派送该地的快递公司的重量上限",
    en: "The parcel is heavier than any carrier delivering there accepts",
  },
  parcel_no_allowed_carrier: {
    "zh-CN": "能派送的快递公司都不在店铺指定的快递里（或不提供所需的时效）",
    en: "None of the carriers delivering there is one the shop allows (or offers the service asked for)",
  },
  parcel_capacity_full: {
    "zh-CN": "能派送的快递公司今天的揽收量已满",
    en: "The carriers that could take it are full for the day",
  },
  // The pool's day, waybills, pickup and tracking.
  shipping_file_missing: { "zh-CN": "请选择要上传的文件", en: "Choose a file to upload" },
  shipping_file_too_large: { "zh-CN": "文件超过 {max} MB", en: "The file is larger than {max} MB" },
  contract_carrier_mismatch: {
    "zh-CN": "合同文件是 {found} 的，不是 {expected} 的",
    en: "The rate card is for {found}, not {expected}",
  },
  contract_station_invalid: {
    "zh-CN": "揽收网点必须是本园区的快递网点",
    en: "The pickup station must be a carrier station of this hub",
  },
  preference_carrier_unknown: {
    "zh-CN": "不认识的快递公司「{value}」",
    en: "Unknown carrier “{value}”",
  },
  allocation_running: {
    "zh-CN": "{date} 的分配正在进行，请稍候",
    en: "The allocation of {date} is already running; wait for it to finish",
  },
  allocation_locked: {
    "zh-CN": "{date} 已有面单打印或揽收，不能重新分配",
    en: "Labels of {date} have been printed or collected; the day can no longer be re-allocated",
  },
  allocation_no_contracts: {
    "zh-CN": "还没有任何快递合同，请先上传价格表",
    en: "There are no carrier contracts yet; upload a rate card first",
  },
  allocation_failed: { "zh-CN": "分配失败：{reason}", en: "The allocation failed: {reason}" },
  labels_none: {
    "zh-CN": "{date} 没有已分配快递的包裹",
    en: "No parcel of {date} has a carrier yet",
  },
  tracking_signature_invalid: {
    "zh-CN": "签名无效，未记录任何内容",
    en: "Bad signature; nothing was recorded",
  },
  tracking_number_unknown: {
    "zh-CN": "本园区没有运单号 {number}",
    en: "This hub has no waybill {number}",
  },
  tracking_status_unknown: {
    "zh-CN": "不认识的物流状态「{value}」",
    en: "Unknown tracking status “{value}”",
  },
  tracking_time_invalid: {
    "zh-CN": "时间「{value}」无法识别，请用 2026-11-22 15:04 这样的格式",
    en: "Cannot read the time “{value}”; write it like 2026-11-22 15:04",
  },
  tracking_file_invalid: {
    "zh-CN": "文件有 {count} 行有误，未记录任何内容",
    en: "{count} rows of the file are wrong; nothing was recorded",
  },
} satisfies Record<string, Message>;

export type ShippingMessageCode = keyof typeof shippingMessages;

export function isShippingMessageCode(code: string): code is ShippingMessageCode {
  return Object.hasOwn(shippingMessages, code);
}

/** What `not_found` can name in the shipping module. */
export const shippingThings = {
  contract: { "zh-CN": "快递合同", en: "carrier contract" },
  allocation: { "zh-CN": "分配结果", en: "allocation" },
  waybill: { "zh-CN": "运单", en: "waybill" },
  carrier: { "zh-CN": "快递公司", en: "carrier" },
} satisfies Record<string, Message>;
