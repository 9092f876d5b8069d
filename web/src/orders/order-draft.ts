import { parseYuan } from "../locales/money";

/** An order as typed into the form: every field the text the person entered. */
export type LineDraft = { key: number; skuCode: string; quantity: string; price: string };
export type OrderDraft = { platformOrderNumber: string; buyerName: string; phone: string; address: string };

export type OrderBody = {
  platformOrderNumber?: string;
  buyerName: string;
  phone: string;
  address: string;
  lines: { skuCode: string; quantity: number; unitPriceFen: number }[];
};

/** What is wrong with a typed line before anything is sent: a quantity or a price that is not one. */
export function lineTypos(line: LineDraft): { quantity?: "notQuantity"; price?: "notYuan" } {
  const typos: { quantity?: "notQuantity"; price?: "notYuan" } = {};
  if (line.quantity.trim() !== "" && !/^[1-9]\d{0,5}$/.test(line.quantity.trim())) typos.quantity = "notQuantity";
  if (line.price.trim() !== "" && parseYuan(line.price) === undefined) typos.price = "notYuan";
  return typos;
}

/**
 * The request body: prices from yuan to integer fen, an empty order number left out so the
 * server makes one. Empty fields go as they are; the server names what is missing.
 */
export function orderBody(order: OrderDraft, lines: LineDraft[]): OrderBody {
  const number = order.platformOrderNumber.trim();
  return {
    ...(number ? { platformOrderNumber: number } : {}),
    buyerName: order.buyerName,
    phone: order.phone,
    address: order.address,
    lines: lines.map((line) => ({
      skuCode: line.skuCode.trim(),
      quantity: Number(line.quantity.trim() || Number.NaN),
      unitPriceFen: parseYuan(line.price) ?? 0,
    })),
  };
}
