import { describe, expect, it } from "vitest";
import { type Message, messageCatalogs, messages, thingCatalogs, things } from "./messages.js";

/** Codes that two catalogs both define: the spread would keep only the later text. */
function clashes(catalogs: Record<string, Record<string, Message>>): string[] {
  const owner = new Map<string, string>();
  const found: string[] = [];
  for (const [name, catalog] of Object.entries(catalogs)) {
    for (const code of Object.keys(catalog)) {
      const first = owner.get(code);
      if (first) found.push(`${code}: ${first} and ${name}`);
      else owner.set(code, name);
    }
  }
  return found;
}

describe("message catalogs", () => {
  it("give every code to one module only, so no module's text silently replaces another's", () => {
    expect(clashes(messageCatalogs)).toEqual([]);
    expect(clashes(thingCatalogs)).toEqual([]);
    expect(clashes({ a: { x: { "zh-CN": "", en: "" } }, b: { x: { "zh-CN": "", en: "" } } })).toEqual(["x: a and b"]);
  });

  it("hold every message in both languages", () => {
    for (const [code, message] of Object.entries({ ...messages, ...things })) {
      expect(message["zh-CN"].trim(), code).not.toBe("");
      expect(message.en.trim(), code).not.toBe("");
    }
  });
});
