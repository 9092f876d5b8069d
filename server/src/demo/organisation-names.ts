import type { Random } from "./random.js";

/** What the cluster sells; a supplier makes one, a shop mostly sells one. */
export const CATEGORIES = ["箱包", "服装", "饰品", "玩具", "日用百货"] as const;
export type Category = (typeof CATEGORIES)[number];

const words = (text: string) => text.split(" ");

const TRADE_NAMES = words(
  "佳美 鑫达 恒丰 宏盛 金诚 华艺 永佳 创新 顺发 兴旺 美达 合力 嘉豪 银河 天成 华联 名扬 盛世 锦程 新润 " +
    "利源 宏达 富强 群益 东升 信达 亿隆 金辉 博雅 海纳 聚宝 昌盛 德润 丰源 瑞丰 星光 福满 振华 汇通 立新",
);

const FACTORY_KINDS: Record<Category, string[]> = {
  箱包: words("箱包厂 箱包有限公司 皮具厂 皮具有限公司"),
  服装: words("服装厂 服饰有限公司 制衣厂 针织服装厂"),
  饰品: words("饰品有限公司 饰品厂 首饰厂 工艺品厂"),
  玩具: words("玩具厂 玩具有限公司 塑胶玩具厂"),
  日用百货: words("日用品有限公司 工艺品厂 塑料制品厂 家居用品厂"),
};

const DISTRIBUTOR_KINDS: Record<Category, string[]> = {
  箱包: words("箱包商行 箱包经营部"),
  服装: words("服饰商行 服装经营部"),
  饰品: words("饰品商行 饰品经营部"),
  玩具: words("玩具商行 玩具经营部"),
  日用百货: words("日用百货商行 百货经营部"),
};

/** 义乌市鑫达箱包厂, 义乌市恒丰饰品商行: the place, a trade name, what it makes or trades. */
export function supplierName(rng: Random, place: string, category: Category, distributor: boolean): string {
  return place + rng.pick(TRADE_NAMES) + rng.pick((distributor ? DISTRIBUTOR_KINDS : FACTORY_KINDS)[category]);
}

const SHOP_KINDS: Record<Category, string[]> = {
  箱包: words("箱包店 包包屋 包袋馆 箱包小铺"),
  服装: words("女装 童装 服饰 衣橱 精品女装店 潮牌店"),
  饰品: words("饰品店 饰品小铺 首饰铺 耳饰馆 发饰屋"),
  玩具: words("玩具店 玩具屋 童趣馆 玩具小铺"),
  日用百货: words("家居旗舰店 生活馆 小铺 杂货铺 百货 优选 家居"),
};

const SHOP_WORDS = words(
  "初见 森系 简约 木子 半糖 柠檬 橘子 星星 云朵 晴天 小满 南风 北岛 栀子 白桃 青柠 蜜桃 芒果 樱桃 草莓 " +
    "布丁 奶昔 麦芽 拾光 时光 遇见 原木 素色 棉麻 微光 日落 月亮 星空 海盐 薄荷 花间 暖阳 清风 鹿角 猫爪 " +
    "小鹿 熊猫 兔子 松鼠 咕噜 叮当 悠悠 慢慢 简单 安然 知足 一禾 三木 七月 九月 十里 千寻 向阳 满天星 " +
    "小确幸 好时光 甜心 糖果屋 花花 桃子 米粒 豆芽 茉莉 芝士 可可 抹茶 椰子 橙子 雪梨 葡萄 西柚 蓝莓",
);
const NICKNAME_CHARS = [..."燕梅芳娟丽婷雪琳颖倩佳欣怡萍红晶璐瑶丹悦杰涛斌超明辉鹏飞宇浩俊凯蕾莉洁静敏霞"];
const DOUBLED_CHARS = [..."糖果朵团圆豆乐多贝甜暖萌喵兔桃妞宝丫菲可琪笑甜心月星宁安"];
const FAMILY = [..."刘王李张陈杨黄赵吴周徐孙马朱胡郭何高林罗楼金傅"];

/** A young seller's shop: 半糖饰品店, 阿梅家居旗舰店, 果果童装. */
export function shopName(rng: Random, category: Category): string {
  return sellerNickname(rng) + rng.pick(SHOP_KINDS[category]);
}

function sellerNickname(rng: Random): string {
  const form = rng.weighted({ word: 4, nickname: 3, doubled: 2, family: 1 });
  if (form === "word") return rng.pick(SHOP_WORDS);
  if (form === "nickname") return rng.pick(["阿", "小"]) + rng.pick(NICKNAME_CHARS);
  if (form === "family") return rng.pick(FAMILY) + rng.pick(["记", "家", "氏"]);
  const char = rng.pick(DOUBLED_CHARS);
  return char + char;
}

export const CARRIERS = words("中通 圆通 申通 韵达 极兔 顺丰 邮政 京东 德邦 百世");
const STATION_PLACES = words("青岩刘揽收点 青岩刘二部 青岩刘电商园服务点 江东营业部");

/** Every carrier's collection point in the village first, then their second sites. */
export function stationNames(rng: Random): string[] {
  return STATION_PLACES.flatMap((place) => rng.shuffle(CARRIERS).map((carrier) => carrier + place));
}

/**
 * Draws names until one is free: the hub has a unique index on (hub_id, name). After many
 * tries a number is added, as a second branch would, so a big hub loads rather than fails.
 */
export function uniqueName(taken: Set<string>, draw: () => string): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = draw();
    if (!taken.has(name)) return take(taken, name);
  }
  const base = draw();
  for (let branch = 2; ; branch++) {
    if (!taken.has(`${base}${branch}`)) return take(taken, `${base}${branch}`);
  }
}

function take(taken: Set<string>, name: string): string {
  taken.add(name);
  return name;
}
