/** Whether a Taobao order status is a sale to fulfil, not one, or not a status taocun knows. */
export type TaobaoSale = "sale" | "not_sold" | "unknown";

// Checked first: "付款以后用户退款成功，交易自动关闭" mentions payment but is closed.
const NOT_SOLD = /关闭|等待买家付款|待付款|未付款|已取消|退款成功/;
const SOLD = /已付款|等待卖家发货|待发货|已发货|部分发货|等待买家确认收货|待收货|已收货|已签收|交易成功/;

/**
 * 买家已付款，等待卖家发货 / 卖家已发货，等待买家确认 / 交易成功 are sales; 交易关闭 and
 * 等待买家付款 are not. Spaces and the width of the comma vary between versions.
 */
export function taobaoSale(status: string): TaobaoSale {
  const text = status.normalize("NFKC").replace(/\s+/g, "");
  if (NOT_SOLD.test(text)) return "not_sold";
  if (SOLD.test(text)) return "sale";
  return "unknown";
}
