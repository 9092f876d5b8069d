import {
  IconArrowsSplit,
  IconBarcode,
  IconCalculator,
  IconContract,
  IconTicket,
  type TablerIcon,
} from "@tabler/icons-react";
import type { OrgKind } from "../accounts/organisations";

export type ShippingEntry = {
  to: string;
  label: "nav.waybills" | "nav.scan" | "nav.allocation" | "nav.contracts" | "nav.quote";
  icon: TablerIcon;
};

const waybills: ShippingEntry = { to: "/shipping/waybills", label: "nav.waybills", icon: IconTicket };
const scan: ShippingEntry = { to: "/shipping/scan", label: "nav.scan", icon: IconBarcode };
const allocation: ShippingEntry = { to: "/shipping/allocation", label: "nav.allocation", icon: IconArrowsSplit };
const contracts: ShippingEntry = { to: "/shipping/contracts", label: "nav.contracts", icon: IconContract };
const quote: ShippingEntry = { to: "/shipping/quote", label: "nav.quote", icon: IconCalculator };

/**
 * The shipping module in the menu: shops and suppliers print their waybills, a carrier
 * station scans what it collects, hub operators allocate the day and keep the contracts, and
 * everyone may ask what a parcel costs.
 */
export function shippingEntries(kind: OrgKind | undefined, isOperator: boolean): ShippingEntry[] {
  const own = kind === "shop" || kind === "supplier" ? [waybills] : kind === "carrier_station" ? [scan] : [];
  return [...own, ...(isOperator ? [allocation, contracts] : []), quote];
}
