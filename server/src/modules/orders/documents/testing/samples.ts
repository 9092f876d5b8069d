import type {
  OptionValue,
  PickListDocument,
  PickListShop,
  PurchaseOrderDocument,
  StatementDocument,
} from "../types.js";

/**
 * A day at a bag factory in the village, as the orders service would fill the documents:
 * names, titles and options of the kind the demo hub uses. Built by index, not at random,
 * so a failing test shows the same document every time.
 */
const SHOPS = [
  "半糖饰品店",
  "阿梅家居旗舰店",
  "果果童装",
  "南风箱包小铺",
  "小满包袋馆",
  "栀子花间生活馆",
  "十里清风箱包店",
  "蜜桃优选",
  "鹿角森系包包屋",
  "晴天简约杂货铺",
  "芒果布丁箱包店",
  "知足一禾百货",
];

const PRODUCTS = [
  { code: "XD-BB-2031", title: "2025新款韩版双肩包女大容量帆布背包学生书包" },
  { code: "XD-LX-0817", title: "铝框拉杆箱万向轮20寸登机箱男女行李箱" },
  { code: "XD-SB-1102", title: "真皮手提包女士通勤斜挎包" },
  { code: "XD-QB-0450", title: "零钱包" },
  { code: "XD-XK-3360", title: "复古邮差包男士单肩包休闲斜挎包防泼水尼龙面料加厚背带多隔层大容量上班通勤" },
  { code: "XD-YB-0977", title: "腰包运动跑步手机包" },
  { code: "XD-DN-1508", title: "电脑包15.6寸商务公文包男" },
  { code: "XD-MZ-0233", title: "妈咪包多功能大容量母婴包" },
  { code: "XD-XS-0619", title: "儿童卡通小书包幼儿园" },
  { code: "XD-LX-0824", title: "PC拉杆箱24寸磨砂耐磨旅行箱" },
];

const COLOURS = [
  ["黑色", "BK"],
  ["米白", "WH"],
  ["卡其", "KH"],
  ["酒红", "RD"],
  ["墨绿", "GN"],
] as const;
const SIZES = ["S", "M", "L", "20寸", "24寸"] as const;

/** Options and the SKU code they make: XD-BB-2031-BK-M for 颜色 黑色, 尺码 M. */
function variantOf(code: string, i: number): { skuCode: string; options: OptionValue[] } {
  if (i % 6 === 3) return { skuCode: code, options: [] };
  const [colour, colourCode] = COLOURS[i % COLOURS.length] ?? COLOURS[0];
  if (i % 2 === 1) return { skuCode: `${code}-${colourCode}`, options: [{ name: "颜色", value: colour }] };
  const size = SIZES[i % SIZES.length] ?? "M";
  return {
    skuCode: `${code}-${colourCode}-${size.replace("寸", "")}`,
    options: [
      { name: "颜色", value: colour },
      { name: "尺码", value: size },
    ],
  };
}

function lineFor(shop: number, i: number) {
  const product = PRODUCTS[(shop + i) % PRODUCTS.length] ?? { code: "XD-0000", title: "样品" };
  return {
    ...variantOf(product.code, shop * 3 + i),
    title: product.title,
    quantity: 1 + ((shop * 5 + i * 3) % 12),
  };
}

export function purchaseOrderNumber(shop: number): string {
  return `PO-20250514-${String(101 + shop).padStart(4, "0")}`;
}

/** `shops` shops with between 3 and 9 lines each. */
export function pickList(shops = SHOPS.length): PickListDocument {
  const groups: PickListShop[] = Array.from({ length: shops }, (_, shop) => ({
    shopName: SHOPS[shop % SHOPS.length] ?? "门店",
    purchaseOrderNumber: purchaseOrderNumber(shop),
    fulfilment: shop % 3 === 2 ? "dropship" : "pickup",
    lines: Array.from({ length: 3 + ((shop * 4) % 7) }, (_, i) => lineFor(shop, i)),
  }));
  return {
    hubName: "青岩刘电子商务服务中心",
    supplierName: "义乌市鑫达箱包厂",
    date: "2025-05-14",
    cutoffTime: "16:00",
    printedAt: "2025-05-14 16:05",
    shops: groups,
  };
}

export const SUPPLIER = {
  name: "义乌市鑫达箱包厂",
  contact: "楼建国",
  phone: "138****6021",
  address: "浙江省金华市义乌市北苑街道青岩刘村工业区 12 幢",
};

export const SHOP = {
  name: "半糖饰品店",
  contact: "王小燕",
  phone: "139****4417",
  address: "浙江省金华市义乌市江东街道青岩刘村 3 区 17 栋 2 单元",
};

/** Seven lines at wholesale prices; one short-shipped in full, one in part. */
export function purchaseOrder(): PurchaseOrderDocument {
  const lines = Array.from({ length: 7 }, (_, i) => ({
    ...lineFor(0, i),
    unitPriceFen: [4590, 12800, 8850, 990, 6700, 2350, 4590][i] ?? 1000,
    shortShipped: 0,
  }));
  const whollyShort = lines[2];
  const partlyShort = lines[4];
  if (whollyShort) whollyShort.shortShipped = whollyShort.quantity;
  if (partlyShort) Object.assign(partlyShort, { quantity: 6, shortShipped: 2 });
  return {
    number: purchaseOrderNumber(0),
    hubName: "青岩刘电子商务服务中心",
    date: "2025-05-14",
    cutoffTime: "16:00",
    fulfilment: "pickup",
    supplier: SUPPLIER,
    shop: SHOP,
    lines,
    note: "请在 5 月 15 日 10:00 前备好货，门店到厂自提。",
    printedAt: "2025-05-14 16:05",
  };
}

/** The purchase order's lines, its short-ships, and a payment against yesterday's balance. */
export function statement(): StatementDocument {
  const order = purchaseOrder();
  const entries: StatementDocument["entries"] = [];
  for (const line of order.lines) {
    const sku = { skuCode: line.skuCode, title: line.title, options: line.options };
    const po = { purchaseOrderNumber: order.number, unitPriceFen: line.unitPriceFen };
    entries.push({ kind: "order_line", ...sku, ...po, quantity: line.quantity, price: "wholesale" });
    if (line.shortShipped > 0) entries.push({ kind: "short_ship", ...sku, ...po, quantity: line.shortShipped });
  }
  entries.push({
    kind: "payment",
    reference: "支付宝 2025051422001437",
    amountFen: 150_000,
    note: "结清 5 月 13 日货款",
  });
  return {
    hubName: order.hubName,
    date: order.date,
    shop: SHOP,
    supplier: SUPPLIER,
    openingBalanceFen: 152_350,
    entries,
    printedAt: "2025-05-14 18:00",
  };
}
