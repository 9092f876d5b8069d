import { describe, expect, it } from "vitest";
import { maskPhone, normalisePhone } from "./phone.js";

describe("maskPhone", () => {
  it("shows a mobile's first three and last four digits", () => {
    expect(maskPhone("13812341234")).toBe("138****1234");
    expect(maskPhone("+86 138 1234 5678")).toBe("138****5678");
  });

  it("keeps a landline's area code and last four digits, and drops its extension", () => {
    expect(maskPhone("0579-85123456")).toBe("0579-****3456");
    expect(maskPhone("010 6512 3456-801")).toBe("010-****3456");
  });

  it("shows at most a third of any other number", () => {
    expect(maskPhone("95555")).toBe("****5");
    expect(maskPhone("12")).toBe("****");
    expect(maskPhone("+1 415 555 0100")).toBe("****100");
  });

  it("passes an already masked or empty number through", () => {
    expect(maskPhone("138****1234")).toBe("138****1234");
    expect(maskPhone("")).toBe("");
  });
});

describe("normalisePhone", () => {
  it("writes a mainland mobile as its 11 digits and anything else as given", () => {
    expect(normalisePhone("+86 138-0000-1234")).toBe("13800001234");
    expect(normalisePhone(" 0579-85123456 ")).toBe("0579-85123456");
  });
});
