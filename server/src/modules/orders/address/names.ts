/**
 * The short names people write for divisions: 浙江 for 浙江省, 广西 for 广西壮族自治区,
 * 义乌 for 义乌市, 延边 for 延边朝鲜族自治州. Only names of two characters or more are kept,
 * so 城区 does not turn into a bare 城.
 */

// The 55 minority peoples as they appear in autonomous-area names; longer names first so
// that 土家 wins over 土 and 柯尔克孜 is not cut at 克孜.
const PEOPLES = (
  "柯尔克孜 乌孜别克 维吾尔 哈萨克 塔吉克 俄罗斯 鄂温克 鄂伦春 塔塔尔 达斡尔 蒙古 朝鲜 布依 土家 哈尼 傈僳 " +
  "拉祜 东乡 纳西 景颇 仫佬 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 德昂 保安 裕固 独龙 赫哲 门巴 珞巴 基诺 高山 " +
  "回 藏 苗 彝 壮 满 侗 瑶 白 傣 黎 佤 畲 水 羌 土 怒 京"
).split(" ");

const PROVINCE_SUFFIX = /(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/;
const PLACE_SUFFIX = /(新区|林区|特区|矿区|地区|市|区|县|旗|盟)$/;

export function provinceShortName(name: string): string | undefined {
  return shortEnough(name.replace(PROVINCE_SUFFIX, ""), name);
}

/** A city's or county's short name: the name before its people (自治州/县/旗) or its suffix. */
export function placeShortName(name: string): string | undefined {
  if (/自治[州县旗]$/.test(name)) return shortEnough(beforePeople(name), name);
  return shortEnough(name.replace(PLACE_SUFFIX, ""), name);
}

// 黔东南苗族侗族自治州 → 黔东南: the first people named after the place's own two characters.
function beforePeople(name: string): string {
  let cut = name.length;
  for (const people of PEOPLES) {
    const at = name.indexOf(people, 2);
    if (at !== -1 && at < cut) cut = at;
  }
  return name.slice(0, cut);
}

function shortEnough(short: string, full: string): string | undefined {
  return short.length >= 2 && short !== full ? short : undefined;
}
