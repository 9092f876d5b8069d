export {
  type AddressProblem,
  type AddressResult,
  chineseProvinceName,
  maskPhone,
  normalisePhone,
  type ParsedAddress,
  parseAddress,
} from "./address/index.js";
export * from "./ingest/index.js";
export { type OrderMessageCode, orderMessages } from "./messages.js";
