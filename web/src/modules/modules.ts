import {
  IconBroadcast,
  IconBuildingStore,
  IconBuildingWarehouse,
  IconChartBar,
  IconReceipt,
  IconSchool,
  IconShoppingBagCheck,
  IconTruckDelivery,
  IconUserSearch,
} from "@tabler/icons-react";

/** Every module of the product, in the order a village works: goods, selling, shipping, people, numbers. */
export const MODULES = [
  { key: "catalog", icon: IconBuildingStore },
  { key: "sourcing", icon: IconShoppingBagCheck },
  { key: "orders", icon: IconReceipt },
  { key: "shipping", icon: IconTruckDelivery },
  { key: "live", icon: IconBroadcast },
  { key: "academy", icon: IconSchool },
  { key: "talent", icon: IconUserSearch },
  { key: "space", icon: IconBuildingWarehouse },
  { key: "insights", icon: IconChartBar },
] as const;

export type ModuleKey = (typeof MODULES)[number]["key"];
