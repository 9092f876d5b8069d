import { describe, expect, it } from "vitest";
import { shippingMessages } from "./messages.js";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("shipping messages", () => {
  it("say the same thing in both languages, with the same placeholders", () => {
    for (const [code, message] of Object.entries(shippingMessages)) {
      expect(message["zh-CN"], code).not.toBe("");
      expect(message.en, code).not.toBe("");
      expect(placeholders(message["zh-CN"]), code).toEqual(placeholders(message.en));
    }
  });
});
