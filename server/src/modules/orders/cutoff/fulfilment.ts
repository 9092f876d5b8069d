/** How a supplier hands a shop's goods over: the shop collects them (自提) or the supplier ships to the buyer (代发). */
export type FulfilmentMode = "pickup" | "dropship";

/**
 * Chooses the mode of each purchase order at the cut-off. A named strategy (STYLE.md), so a
 * hub can later decide by shop, by distance or by order size without touching the cut-off.
 */
export interface FulfilmentStrategy {
  readonly name: string;
  modeFor(po: { supplierId: string; shopId: string }): FulfilmentMode;
}

/** The hub's settings: each supplier's own choice, else the hub's default. */
export function supplierSettingStrategy(
  defaultMode: FulfilmentMode,
  supplierModes: Record<string, FulfilmentMode>,
): FulfilmentStrategy {
  return {
    name: "supplier-setting",
    modeFor: ({ supplierId }) => supplierModes[supplierId] ?? defaultMode,
  };
}
