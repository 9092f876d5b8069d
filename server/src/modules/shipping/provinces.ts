/**
 * The 31 mainland provinces a rate card prices, by their two-digit GB/T 2260 prefix.
 * Hong Kong, Macao and Taiwan (81, 82, 71) are international for the carriers and not
 * part of a domestic contract.
 */
export const PROVINCES = [
  { code: "11", zh: "北京", en: "Beijing" },
  { code: "12", zh: "天津", en: "Tianjin" },
  { code: "13", zh: "河北", en: "Hebei" },
  { code: "14", zh: "山西", en: "Shanxi" },
  { code: "15", zh: "内蒙古", en: "Inner Mongolia" },
  { code: "21", zh: "辽宁", en: "Liaoning" },
  { code: "22", zh: "吉林", en: "Jilin" },
  { code: "23", zh: "黑龙江", en: "Heilongjiang" },
  { code: "31", zh: "上海", en: "Shanghai" },
  { code: "32", zh: "江苏", en: "Jiangsu" },
  { code: "33", zh: "浙江", en: "Zhejiang" },
  { code: "34", zh: "安徽", en: "Anhui" },
  { code: "35", zh: "福建", en: "Fujian" },
  { code: "36", zh: "江西", en: "Jiangxi" },
  { code: "37", zh: "山东", en: "Shandong" },
  { code: "41", zh: "河南", en: "Henan" },
  { code: "42", zh: "湖北", en: "Hubei" },
  { code: "43", zh: "湖南", en: "Hunan" },
  { code: "44", zh: "广东", en: "Guangdong" },
  { code: "45", zh: "广西", en: "Guangxi" },
  { code: "46", zh: "海南", en: "Hainan" },
  { code: "50", zh: "重庆", en: "Chongqing" },
  { code: "51", zh: "四川", en: "Sichuan" },
  { code: "52", zh: "贵州", en: "Guizhou" },
  { code: "53", zh: "云南", en: "Yunnan" },
  { code: "54", zh: "西藏", en: "Tibet" },
  { code: "61", zh: "陕西", en: "Shaanxi" },
  { code: "62", zh: "甘肃", en: "Gansu" },
  { code: "63", zh: "青海", en: "Qinghai" },
  { code: "64", zh: "宁夏", en: "Ningxia" },
  { code: "65", zh: "新疆", en: "Xinjiang" },
] as const;

export type ProvinceCode = (typeof PROVINCES)[number]["code"];
export type Province = (typeof PROVINCES)[number];

/** Provinces carriers price as remote (偏远地区): Xinjiang, Tibet, Qinghai, Ningxia, Inner Mongolia, Hainan, Gansu. */
export const REMOTE_PROVINCES: readonly ProvinceCode[] = ["65", "54", "63", "64", "15", "46", "62"];

const byCode = new Map<string, Province>(PROVINCES.map((province) => [province.code, province]));

export function provinceByCode(code: string): Province | undefined {
  return byCode.get(code);
}

export function isProvinceCode(code: string): code is ProvinceCode {
  return byCode.has(code);
}

/**
 * The two-digit province of a code as the orders module stores it: "33" from fixtures,
 * "330000" from a parsed address. Undefined when it is not a mainland province.
 */
export function provinceOf(code: string): ProvinceCode | undefined {
  if (!/^\d{2}(\d{4})?$/.test(code)) return undefined;
  const two = code.slice(0, 2);
  return isProvinceCode(two) ? two : undefined;
}

/** The four-digit prefecture of a city code ("3307" or "330700"); undefined when malformed. */
export function cityOf(code: string | undefined): string | undefined {
  if (code === undefined || !/^\d{4}(\d{2})?$/.test(code)) return undefined;
  return code.slice(0, 4);
}
