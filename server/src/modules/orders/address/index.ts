export { type AddressProblem, type AddressResult, type ParsedAddress, parseAddress } from "./parse.js";
export { maskPhone, normalisePhone } from "./phone.js";
export { chineseProvinceName } from "./province-latin.js";
