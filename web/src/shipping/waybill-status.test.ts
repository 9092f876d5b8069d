import { describe, expect, it } from "vitest";
import en from "../locales/en.json";
import zhCN from "../locales/zh-CN.json";
import { isWaybillStatus, statusColour, WAYBILL_STATUSES } from "./waybill-status";

describe("waybill statuses", () => {
  it("each have a name in both languages", () => {
    for (const status of WAYBILL_STATUSES) {
      expect(zhCN.shipping.status[status], status).toBeTruthy();
      expect(en.shipping.status[status], status).toBeTruthy();
    }
  });

  it("colour problems red and deliveries green, and an unknown status grey", () => {
    expect(statusColour("problem")).toBe("red");
    expect(statusColour("delivered")).toBe("green");
    expect(isWaybillStatus("lost_in_space")).toBe(false);
    expect(statusColour("lost_in_space")).toBe("gray");
  });
});
