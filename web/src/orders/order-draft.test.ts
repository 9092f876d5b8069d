import { describe, expect, it } from "vitest";
import { lineTypos, orderBody } from "./order-draft";

const line = (quantity: string, price: string) => ({ key: 1, skuCode: " QYL-BAG-001-BK ", quantity, price });
const buyer = { platformOrderNumber: "", buyerName: "张伟", phone: "13812341234", address: "浙江省金华市义乌市" };

describe("a typed order", () => {
  it("sends prices in integer fen and leaves out an empty order number", () => {
    expect(orderBody(buyer, [line("2", "58.5")])).toEqual({
      buyerName: "张伟",
      phone: "13812341234",
      address: "浙江省金华市义乌市",
      lines: [{ skuCode: "QYL-BAG-001-BK", quantity: 2, unitPriceFen: 5850 }],
    });
    expect(orderBody({ ...buyer, platformOrderNumber: " WX-1 " }, [line("1", "")]).platformOrderNumber).toBe("WX-1");
    expect(orderBody(buyer, [line("1", "")]).lines[0]?.unitPriceFen).toBe(0);
  });

  it("finds quantities and prices that are not ones before sending", () => {
    expect(lineTypos(line("2", "58.00"))).toEqual({});
    expect(lineTypos(line("", ""))).toEqual({});
    expect(lineTypos(line("0", "58,5"))).toEqual({ quantity: "notQuantity", price: "notYuan" });
    expect(lineTypos(line("1.5", "-3"))).toEqual({ quantity: "notQuantity", price: "notYuan" });
  });
});
