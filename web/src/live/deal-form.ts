import { fenToYuan, parseYuan } from "../locales/money";
import type { DealInput, LineupItem } from "./queries";

export type DealForm = {
  skuId: string;
  price: string;
  quantity: string;
  perBuyerLimit: string;
  startsInSeconds: string;
  durationMinutes: string;
  code: string;
};
export type DealField = keyof DealForm;

export const EMPTY_DEAL: DealForm = {
  skuId: "",
  price: "",
  quantity: "",
  perBuyerLimit: "3",
  startsInSeconds: "10",
  durationMinutes: "20",
  code: "",
};

/** A product picked for a deal starts at its clearance price, with what is in stock (up to 100). */
export function dealDefaults(item: LineupItem): Partial<DealForm> {
  return {
    skuId: item.skuId,
    price: fenToYuan(item.clearancePriceFen ?? item.originalPriceFen),
    quantity: String(Math.max(0, Math.min(item.available, 100))),
  };
}

function whole(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : undefined;
}

/** The form as the server takes it (price in fen), or the fields to fix. */
export function dealInput(
  form: DealForm,
): { ok: true; input: DealInput } | { ok: false; errors: Partial<Record<DealField, true>> } {
  const values = {
    dealPriceFen: parseYuan(form.price),
    quantity: whole(form.quantity, 1, 1_000_000),
    perBuyerLimit: whole(form.perBuyerLimit, 1, 100),
    startsInSeconds: whole(form.startsInSeconds, 0, 300),
    durationMinutes: whole(form.durationMinutes, 1, 120),
  };
  const code = form.code.trim();
  const errors: Partial<Record<DealField, true>> = {};
  if (!form.skuId) errors.skuId = true;
  if (values.dealPriceFen === undefined) errors.price = true;
  if (values.quantity === undefined) errors.quantity = true;
  if (values.perBuyerLimit === undefined) errors.perBuyerLimit = true;
  if (values.startsInSeconds === undefined) errors.startsInSeconds = true;
  if (values.durationMinutes === undefined) errors.durationMinutes = true;
  if (code && !/^[0-9A-Za-z]{1,8}$/.test(code)) errors.code = true;
  const { dealPriceFen, quantity, perBuyerLimit, startsInSeconds, durationMinutes } = values;
  if (
    Object.keys(errors).length > 0 ||
    dealPriceFen === undefined ||
    quantity === undefined ||
    perBuyerLimit === undefined ||
    startsInSeconds === undefined ||
    durationMinutes === undefined
  )
    return { ok: false, errors };
  return {
    ok: true,
    input: {
      skuId: form.skuId,
      dealPriceFen,
      quantity,
      perBuyerLimit,
      startsInSeconds,
      durationMinutes,
      ...(code ? { code } : {}),
    },
  };
}
