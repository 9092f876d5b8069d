/**
 * The express companies a hub contracts with. `code` is the code the trade uses in e-waybill
 * and order systems (Kdniao / Cainiao style: ZTO, YD, JTSD, HTKY …); `tracking` is the code
 * tracking aggregators (Kuaidi100 style) expect. `service` is what the carrier sells to
 * e-commerce senders: `express` carriers (SF, JD, EMS) fly or run time-definite networks and
 * can take a parcel a shop sends express; `standard` ones are the franchise networks.
 */
export type ServiceLevel = "standard" | "express";

export type Carrier = {
  code: string;
  tracking: string;
  zh: string;
  en: string;
  service: ServiceLevel;
  /** Regional or smaller networks, listed after the national ones. */
  regional: boolean;
};

export const CARRIERS = [
  { code: "ZTO", tracking: "zhongtong", zh: "中通快递", en: "ZTO Express", service: "standard", regional: false },
  { code: "YTO", tracking: "yuantong", zh: "圆通速递", en: "YTO Express", service: "standard", regional: false },
  { code: "STO", tracking: "shentong", zh: "申通快递", en: "STO Express", service: "standard", regional: false },
  { code: "YD", tracking: "yunda", zh: "韵达速递", en: "Yunda Express", service: "standard", regional: false },
  { code: "JTSD", tracking: "jtexpress", zh: "极兔速递", en: "J&T Express", service: "standard", regional: false },
  { code: "SF", tracking: "shunfeng", zh: "顺丰速运", en: "SF Express", service: "express", regional: false },
  { code: "EMS", tracking: "ems", zh: "中国邮政 EMS", en: "EMS (China Post)", service: "express", regional: false },
  {
    code: "YZPY",
    tracking: "youzhengguonei",
    zh: "邮政快递包裹",
    en: "China Post parcel",
    service: "standard",
    regional: false,
  },
  { code: "JD", tracking: "jd", zh: "京东快递", en: "JD Logistics", service: "express", regional: false },
  { code: "DBL", tracking: "debangwuliu", zh: "德邦快递", en: "Deppon Express", service: "standard", regional: false },
  { code: "HTKY", tracking: "huitongkuaidi", zh: "百世快递", en: "Best Express", service: "standard", regional: false },
  { code: "UC", tracking: "youshuwuliu", zh: "优速快递", en: "UC Express", service: "standard", regional: true },
  { code: "ZJS", tracking: "zhaijisong", zh: "宅急送", en: "ZJS Express", service: "express", regional: true },
  { code: "ANE", tracking: "annengwuliu", zh: "安能物流", en: "ANE Logistics", service: "standard", regional: true },
] as const satisfies readonly Carrier[];

export type CarrierCode = (typeof CARRIERS)[number]["code"];

export const CARRIER_CODES = CARRIERS.map((carrier) => carrier.code) as readonly CarrierCode[];

const byCode = new Map<string, Carrier>(CARRIERS.map((carrier) => [carrier.code, carrier]));

export function carrierByCode(code: string): Carrier | undefined {
  return byCode.get(code);
}

export function isCarrierCode(code: string): code is CarrierCode {
  return byCode.has(code);
}

/**
 * The carrier a spreadsheet names: its code (any case), its Chinese name with or without
 * 快递/速递/速运/物流, or its English name.
 */
export function findCarrier(text: string): Carrier | undefined {
  const wanted = text.normalize("NFKC").trim();
  const upper = wanted.toUpperCase();
  return CARRIERS.find(
    (carrier) =>
      carrier.code === upper ||
      carrier.zh === wanted ||
      shortZh(carrier.zh) === shortZh(wanted) ||
      carrier.en.toUpperCase() === upper,
  );
}

function shortZh(name: string): string {
  return name.replace(/(快递|速递|速运|物流)$/, "");
}
