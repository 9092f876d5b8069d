import { loadDivisions } from "./divisions.js";

// ISO 3166-2:CN codes (as Shopify's Shipping Province carries them) and the names in Latin
// letters shops' buyers type, each to the province's GB/T 2260 code.
const LATIN: Record<string, string> = {
  bj: "110000 beijing",
  tj: "120000 tianjin",
  he: "130000 hebei",
  sx: "140000 shanxi",
  nm: "150000 innermongolia neimongol neimenggu",
  ln: "210000 liaoning",
  jl: "220000 jilin",
  hl: "230000 heilongjiang",
  sh: "310000 shanghai",
  js: "320000 jiangsu",
  zj: "330000 zhejiang",
  ah: "340000 anhui",
  fj: "350000 fujian",
  jx: "360000 jiangxi",
  sd: "370000 shandong",
  ha: "410000 henan",
  hb: "420000 hubei",
  hn: "430000 hunan",
  gd: "440000 guangdong",
  gx: "450000 guangxi",
  hi: "460000 hainan",
  cq: "500000 chongqing",
  sc: "510000 sichuan",
  gz: "520000 guizhou",
  yn: "530000 yunnan",
  // Shopify spelled Tibet YZ before ISO's XZ; both are seen in exports.
  xz: "540000 xizang tibet yz",
  sn: "610000 shaanxi",
  gs: "620000 gansu",
  qh: "630000 qinghai",
  nx: "640000 ningxia",
  xj: "650000 xinjiang",
};

let byLatin: Map<string, string> | undefined;

function latinIndex(): Map<string, string> {
  if (byLatin) return byLatin;
  byLatin = new Map();
  for (const [iso, entry] of Object.entries(LATIN)) {
    const [code = "", ...names] = entry.split(" ");
    for (const name of [iso, ...names]) byLatin.set(name, code);
  }
  return byLatin;
}

/**
 * The Chinese name of a province written as an ISO code (ZJ, CN-ZJ) or in pinyin
 * (Zhejiang, Zhejiang Sheng, Guangxi Zhuang); undefined for anything else, Chinese included.
 */
export function chineseProvinceName(text: string): string | undefined {
  const key = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^cn-/, "")
    .replace(/[\s'-]+/g, "");
  // Anhui ends in "hui" like Ningxia Hui: the bare name is tried before any suffix is cut.
  const code = latinIndex().get(key) ?? latinIndex().get(key.replace(LATIN_SUFFIXES, ""));
  return code ? provinceNames().get(code) : undefined;
}

const LATIN_SUFFIXES = /(sheng|shi|zizhiqu|province|zhuang|hui|uygur|uyghur|autonomousregion|municipality)+$/;

let names: Map<string, string> | undefined;

function provinceNames(): Map<string, string> {
  names ??= new Map(loadDivisions().provinceList.map((province) => [province.code, province.name]));
  return names;
}
