import { type City, type CityName, type County, loadDivisions, type Province } from "./divisions.js";
import type { NameMatch } from "./name-index.js";

/** A delivery address split into its divisions (six-digit GB/T 2260 codes) and the rest. */
export type ParsedAddress = {
  provinceCode: string;
  province: string;
  cityCode: string;
  /** As people write it: 金华市; 北京市 for a municipality; 仙桃市 for a county its province governs. */
  city: string;
  districtCode?: string;
  district?: string;
  /** Street, village, building and room, as written. */
  detail: string;
};

export type AddressProblem = "address_empty" | "address_no_province" | "address_no_city" | "address_no_detail";

export type AddressResult = { ok: true; address: ParsedAddress } | { ok: false; problem: AddressProblem };

/** Where the divisions found so far end, and what they are. */
type Placed = { city: City; cityName: string; county: County | undefined; end: number };

const SEPARATORS = /[\s,;:/、|-]/;
// A zip code Taobao appends: "(322000)" or ",000000" (after NFKC folds （）and ，).
const TRAILING_ZIP = /\s*(?:\(\s*\d{6}\s*\)|[,;]\s*\d{6})\s*$/;

/**
 * Reads 浙江省金华市义乌市江东街道青岩刘村3区, 浙江 金华 义乌 …, Taobao's spaced form with a
 * trailing zip, a municipality (北京 北京市 朝阳区 or 北京市朝阳区), an address that starts at
 * the city or at a county whose name is unique, and reports what is missing instead of throwing.
 */
export function parseAddress(text: string): AddressResult {
  const clean = cleanAddress(text);
  if (clean === "") return { ok: false, problem: "address_empty" };
  const start = skipSeparators(clean, 0);
  const province = only(loadDivisions().provinces.matchAt(clean, start));
  const placed =
    (province && placeInProvince(province.item, clean, province.end)) ?? placeWithoutProvince(clean, start);
  if (!placed) return { ok: false, problem: province ? "address_no_city" : "address_no_province" };
  const detail = clean.slice(skipSeparators(clean, placed.end)).trim();
  if (detail === "") return { ok: false, problem: "address_no_detail" };
  return { ok: true, address: addressOf(placed, detail) };
}

/** Whether the text starts with a province's name (浙江省…, 浙江 …), as a whole address does. */
export function startsWithProvince(text: string): boolean {
  const clean = cleanAddress(text);
  return only(loadDivisions().provinces.matchAt(clean, skipSeparators(clean, 0))) !== undefined;
}

/** Half-width, single spaces, no leading 中国 and no trailing zip code. */
function cleanAddress(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(TRAILING_ZIP, "")
    .replace(/^中国(大陆)?\s*/, "")
    .trim();
}

function placeInProvince(province: Province, text: string, from: number): Placed | undefined {
  const at = skipStandIns(text, from);
  const city = only(province.cities.matchAt(text, at));
  if (city) return placeAfterCity(city.item, text, city.end);
  // No city written: a county that is unique in the province gives it (浙江省义乌市…).
  const county = only(province.counties.matchAt(text, at));
  if (county) return placedAtCounty(county.item, county.end);
  // A municipality's districts are optional: 北京市某某路 is still in 北京市.
  if (province.ownCity) return { city: province.ownCity, cityName: province.name, county: undefined, end: at };
  return undefined;
}

// A city (or county) name found and unique across the country names its province.
function placeWithoutProvince(text: string, at: number): Placed | undefined {
  const { cities, counties } = loadDivisions();
  const city = only(cities.matchAt(text, at));
  if (city) return placeAfterCity(city.item, text, city.end);
  const county = only(counties.matchAt(text, at));
  return county ? placedAtCounty(county.item, county.end) : undefined;
}

function placeAfterCity(name: CityName, text: string, from: number): Placed {
  const { city, county } = name;
  if (county) return placedAtCounty(county, skipRepeat(text, from, county.name));
  if (city.kind === "municipal") {
    // Its districts are listed under the province: 市辖区 and, for 重庆, 县.
    const at = skipStandIns(text, from);
    const district = only(city.province.counties.matchAt(text, at));
    return district
      ? placedAtCounty(district.item, district.end)
      : { city, cityName: city.province.name, county: undefined, end: at };
  }
  const district = only(city.counties.matchAt(text, skipSeparators(text, from)));
  if (district) return placedAtCounty(district.item, district.end);
  return { city, cityName: city.name, county: undefined, end: from };
}

function placedAtCounty(county: County, end: number): Placed {
  const { city } = county;
  const cityName = city.kind === "municipal" ? city.province.name : city.kind === "direct" ? county.name : city.name;
  return { city, cityName, county, end };
}

function addressOf({ city, cityName, county }: Placed, detail: string): ParsedAddress {
  const address: ParsedAddress = {
    provinceCode: city.province.code,
    province: city.province.name,
    cityCode: city.code,
    city: cityName,
    detail,
  };
  if (county) {
    address.districtCode = county.code;
    address.district = county.name;
  }
  return address;
}

/** The one thing a name names, with where the name ends; nothing when it is ambiguous. */
function only<T>(match: NameMatch<T> | undefined): { item: T; end: number } | undefined {
  if (match?.items.length !== 1 || !match.items[0]) return undefined;
  return { item: match.items[0], end: match.at + match.length };
}

// 湖北省 仙桃市 仙桃市 … or 北京 北京市 市辖区 …: a name written twice is read once.
function skipRepeat(text: string, from: number, name: string): number {
  const at = skipSeparators(text, from);
  return text.startsWith(name, at) ? at + name.length : from;
}

// The data's stand-ins for a city (北京 市辖区, 湖北 省直辖县级行政区划) when an export copies them.
const STAND_INS = ["市辖区", "省直辖县级行政区划", "自治区直辖县级行政区划"];

function skipStandIns(text: string, from: number): number {
  const at = skipSeparators(text, from);
  const standIn = STAND_INS.find((name) => text.startsWith(name, at));
  return standIn ? skipSeparators(text, at + standIn.length) : at;
}

function skipSeparators(text: string, from: number): number {
  let at = from;
  while (at < text.length && SEPARATORS.test(text.charAt(at))) at++;
  return at;
}
