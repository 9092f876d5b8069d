import { describe, expect, it } from "vitest";
import en from "./en.json";
import zhCN from "./zh-CN.json";

function shape(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, child]) => shape(child, prefix ? `${prefix}.${key}` : key));
  return [prefix];
}

describe("locale files", () => {
  it("have the same keys in Chinese and English", () => {
    expect(shape(en).sort()).toEqual(shape(zhCN).sort());
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
    const flat = (tree: unknown, key: string) =>
      key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
    for (const key of shape(zhCN).filter((k) => !k.includes("["))) {
      expect(placeholders(String(flat(en, key))), key).toEqual(placeholders(String(flat(zhCN, key))));
    }
  });
});
