import { stringify } from "csv-stringify/sync";
import { availableOf, type Listing } from "./selection.js";
import { taobaoSkuFields } from "./taobao-sku-props.js";
import { escapeHtml, yuan } from "./wording.js";

/** 淘宝助理 5's data-package fields: English names (line 2) and Chinese names (line 3), in its order. */
export const TAOBAO_FIELDS = [
  ["title", "宝贝名称"],
  ["cid", "宝贝类目"],
  ["seller_cids", "店铺类目"],
  ["stuff_status", "新旧程度"],
  ["location_state", "省"],
  ["location_city", "城市"],
  ["item_type", "出售方式"],
  ["price", "宝贝价格"],
  ["auction_increment", "加价幅度"],
  ["num", "宝贝数量"],
  ["valid_thru", "有效期"],
  ["freight_payer", "运费承担"],
  ["post_fee", "平邮"],
  ["ems_fee", "EMS"],
  ["express_fee", "快递"],
  ["has_invoice", "发票"],
  ["has_warranty", "保修"],
  ["approve_status", "放入仓库"],
  ["has_showcase", "橱窗推荐"],
  ["list_time", "开始时间"],
  ["description", "宝贝描述"],
  ["cateProps", "宝贝属性"],
  ["postage_id", "邮费模版ID"],
  ["has_discount", "会员打折"],
  ["modified", "修改时间"],
  ["upload_fail_msg", "上传状态"],
  ["picture_status", "图片状态"],
  ["auction_point", "返点比例"],
  ["picture", "新图片"],
  ["video", "视频"],
  ["skuProps", "销售属性组合"],
  ["inputPids", "用户输入ID串"],
  ["inputValues", "用户输入名-值对"],
  ["outer_id", "商家编码"],
  ["propAlias", "销售属性别名"],
  ["auto_fill", "代充类型"],
  ["num_id", "数字ID"],
  ["local_cid", "本地ID"],
  ["navigation_type", "宝贝分类"],
  ["user_name", "用户名称"],
  ["syncStatus", "宝贝状态"],
  ["is_lighting_consigment", "闪电发货"],
  ["is_xinpin", "新品"],
  ["foodparame", "食品专项"],
  ["features", "尺码库"],
  ["buyareatype", "采购地"],
  ["global_stock_type", "库存类型"],
  ["global_stock_country", "国家地区"],
  ["sub_stock_type", "库存计数"],
  ["item_size", "物流体积"],
  ["item_weight", "物流重量"],
  ["sell_promise", "退换货承诺"],
  ["custom_design_flag", "定制工具"],
  ["wireless_desc", "无线详情"],
  ["barcode", "商品条形码"],
  ["sku_barcode", "sku 条形码"],
  ["newprepay", "7天退货"],
  ["subtitle", "宝贝卖点"],
  ["cpv_memo", "属性值备注"],
  ["input_custom_cpv", "自定义属性值"],
  ["qualification", "商品资质"],
  ["add_qualification", "增加商品资质"],
  ["o2o_bind_service", "关联线下服务"],
] as const;

type Field = (typeof TAOBAO_FIELDS)[number][0];

/** Taobao shows at most five main pictures. */
const MAX_PICTURES = 5;

/**
 * 淘宝助理 names a picture by 32 hex digits and ships it as `<name>.tbi` (a JPEG) in the
 * folder named like the CSV; the first 128 bits of a picture's sha256 serve.
 */
export function taobaoPictureName(sha256: string): string {
  return sha256.slice(0, 32);
}

/** The pictures a listing ships, main first. */
export function taobaoPictures(pictures: string[]): string[] {
  return pictures.slice(0, MAX_PICTURES);
}

/**
 * The data package's CSV as 淘宝助理 writes it: UTF-16LE with a byte-order mark, tab
 * separated, CRLF lines; `version 1.00`, then the English and the Chinese field names,
 * then one item per line.
 */
export function taobaoCsv(listings: Listing[], pictures: (listing: Listing) => string[]): Buffer {
  const english = TAOBAO_FIELDS.map(([name]) => name);
  const head = ["version 1.00", english.join("\t"), TAOBAO_FIELDS.map(([, chinese]) => chinese).join("\t")];
  const items = stringify(
    listings.map((listing) => itemRow(listing, taobaoPictures(pictures(listing)))),
    { columns: english, delimiter: "\t", record_delimiter: "windows" },
  );
  const text = `${head.join("\r\n")}\r\n${items}`;
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

function itemRow(listing: Listing, pictures: string[]): Partial<Record<Field, string | number>> {
  const stocked = listing.variants.map((variant) => ({ variant, quantity: availableOf(listing, variant) }));
  const prices = listing.variants.flatMap((variant) => (variant.priceFen === null ? [] : [variant.priceFen]));
  const sku = taobaoSkuFields(listing.product.options, stocked);
  const codes = listing.variants.map((variant) => variant.sku.code);
  const only = listing.variants.length === 1 ? listing.variants[0] : undefined;
  return {
    title: oneLine(listing.title),
    stuff_status: 1, // 全新
    item_type: 1, // 一口价
    // Taobao wants the item price within its variants' prices: the lowest is what buyers see first.
    price: prices.length > 0 ? yuan(Math.min(...prices)) : "",
    auction_increment: 0,
    num: stocked.reduce((sum, { quantity }) => sum + quantity, 0),
    valid_thru: 7,
    freight_payer: 2,
    post_fee: "0.00",
    ems_fee: "0.00",
    express_fee: "0.00",
    has_invoice: 0,
    has_warranty: 0,
    // Into the warehouse (仓库中): the seller reviews category and freight before it goes on sale.
    approve_status: 1,
    has_showcase: 0,
    description: oneLine(descriptionHtml(listing)),
    has_discount: 0,
    auction_point: 0,
    picture: pictures.map((sha256, i) => `${taobaoPictureName(sha256)}:1:${i}:|;`).join(""),
    skuProps: sku.skuProps,
    outer_id: only ? only.sku.code : styleCode(codes),
    propAlias: sku.propAlias,
    auto_fill: 0,
    num_id: 0,
    local_cid: 0,
    navigation_type: 1,
    buyareatype: 0,
    global_stock_type: -1,
    sell_promise: 0,
    barcode: only?.sku.barcode ?? "",
    newprepay: 1, // 7 天无理由退货
    input_custom_cpv: sku.inputCustomCpv,
    add_qualification: 0,
    o2o_bind_service: 0,
  };
}

/** The item's 商家编码 when it has several variants: what their codes share (TOTE-1, TOTE-2 → TOTE), else the first. */
export function styleCode(codes: string[]): string {
  const [first = ""] = codes;
  let shared = first;
  for (const code of codes) while (!code.startsWith(shared)) shared = shared.slice(0, -1);
  const trimmed = shared.replace(/[-_./\s]+$/, "");
  return trimmed.length >= 2 ? trimmed : first;
}

function descriptionHtml(listing: Listing): string {
  const lines = listing.product.description
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const attributes = listing.product.attributes.map((a) => `${a.name}：${a.value}`);
  return [...lines, ...attributes].map((line) => `<p>${escapeHtml(line)}</p>`).join("");
}

// 淘宝助理 reads one item per line: no line breaks or tabs inside a field.
function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ");
}
