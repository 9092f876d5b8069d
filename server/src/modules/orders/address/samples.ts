import { loadDivisions } from "./divisions.js";

/** A county with its city and province as an address writes them (北京市 for 市辖区, nothing for a stand-in). */
export type WrittenCounty = { province: string; city: string; county: string; cityCode: string; code: string };

/** Every county of the data, named as addresses write it. */
export function everyCounty(): WrittenCounty[] {
  const rows: WrittenCounty[] = [];
  for (const province of loadDivisions().provinceList)
    for (const city of province.cityList) {
      const written = city.kind === "municipal" ? province.name : city.kind === "direct" ? "" : city.name;
      for (const county of city.countyList)
        rows.push({
          province: province.name,
          city: written,
          county: county.name,
          cityCode: city.code,
          code: county.code,
        });
    }
  return rows;
}

const FORMS = [
  (p: string, c: string, d: string) => `${p}${c}${d}江东街道青岩刘村3区5幢101室`,
  (p: string, c: string, d: string) => `${p} ${c} ${d} 工业大道 88号 (322000)`,
  (p: string, c: string, d: string) => `${p} ${c} ${d} 幸福小区12幢2单元，000000`,
];

/** `count` addresses cycling through every county and the forms exports write them in. */
export function sampleAddresses(count: number): string[] {
  const counties = everyCounty();
  const addresses: string[] = [];
  for (let i = 0; i < count; i++) {
    const place = counties[i % counties.length];
    const form = FORMS[i % FORMS.length];
    if (place && form) addresses.push(form(place.province, place.city, place.county));
  }
  return addresses;
}
