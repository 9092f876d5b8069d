import { startsWithProvince } from "../../address/parse.js";
import { chineseProvinceName } from "../../address/province-latin.js";

/**
 * The delivery address as one text, the province first in Chinese (Shopify writes ZJ or
 * Zhejiang), then city and street lines. A buyer who typed the whole address into Address1
 * (浙江省金华市义乌市…) is taken at their word, and a city typed twice is written once.
 */
export function shopifyAddressText(province: string, city: string, address1: string, address2: string): string {
  const street = [address1, address2].filter((part) => part !== "").join(" ");
  if (startsWithProvince(street)) return street;
  const cityPart = city !== "" && street.startsWith(city) ? "" : city;
  return [chineseProvinceName(province) ?? province, cityPart, street].filter((part) => part !== "").join(" ");
}
