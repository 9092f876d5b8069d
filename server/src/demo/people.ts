import type { Random } from "./random.js";

// The most common surnames nationally and around Yiwu (楼, 傅, 龚, 骆, 虞, 鲍).
const SURNAMES = [..."王李张陈杨黄赵吴周徐孙马朱胡郭何高林罗郑谢冯楼金傅龚骆虞鲍"];
const GIVEN_MALE = [..."伟强磊军勇杰涛斌超明辉刚健平波鹏华飞宇浩俊凯峰建国志海东晨亮"];
const GIVEN_FEMALE = [..."芳娜敏静丽艳娟霞燕玲婷雪琳洁慧颖倩佳欣怡萍红梅晶璐瑶茜丹悦"];
const GIVEN_FIRST = [..."子文晓雨思嘉家建永海俊小佳梦雅一天新志"];

/** A plausible Chinese name: surname plus one or two characters (about one in three has one). */
export function personName(rng: Random): string {
  // Most families in Qingyanliu are Liu, hence the village's name.
  const surname = rng.chance(0.2) ? "刘" : rng.pick(SURNAMES);
  const last = rng.pick(rng.chance(0.5) ? GIVEN_MALE : GIVEN_FEMALE);
  return rng.chance(0.35) ? surname + last : surname + rng.pick(GIVEN_FIRST) + last;
}

// Number ranges of China Mobile, China Unicom and China Telecom.
const MOBILE_PREFIXES = [
  130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159, 166, 173, 176, 177,
  178, 180, 181, 182, 183, 185, 186, 187, 188, 189, 199,
];

export function mobilePhone(rng: Random): string {
  return String(rng.pick(MOBILE_PREFIXES)) + rng.digits(8);
}
