import { IconClipboardList, IconReceipt, IconReportMoney, type TablerIcon } from "@tabler/icons-react";
import type { OrgKind } from "../accounts/organisations";

export type OrdersEntry = {
  to: string;
  label: "nav.orders" | "nav.purchaseOrders" | "nav.statements";
  icon: TablerIcon;
};

const orders: OrdersEntry = { to: "/orders", label: "nav.orders", icon: IconReceipt };
const purchaseOrders: OrdersEntry = { to: "/purchase-orders", label: "nav.purchaseOrders", icon: IconClipboardList };
const statements: OrdersEntry = { to: "/statements", label: "nav.statements", icon: IconReportMoney };

/** The orders module in the menu, as each kind of organisation works with it. */
export function ordersEntries(kind: OrgKind | undefined): OrdersEntry[] {
  if (kind === "shop") return [orders, statements];
  if (kind === "supplier") return [purchaseOrders, statements];
  return [orders];
}
