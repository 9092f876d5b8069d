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
  { key: "catalog", icon: IconBuildingStore, ready: true },
  { key: "sourcing", icon: IconShoppingBagCheck, ready: true },
  { key: "orders", icon: IconReceipt, ready: true },
  { key: "shipping", icon: IconTruckDelivery, ready: true },
  { key: "live", icon: IconBroadcast, ready: true },
  { key: "academy", icon: IconSchool, ready: false },
  { key: "talent", icon: IconUserSearch, ready: false },
  { key: "space", icon: IconBuildingWarehouse, ready: false },
  { key: "insights", icon: IconChartBar, ready: false },
] as const;

export type ModuleKey = (typeof MODULES)[number]["key"];
