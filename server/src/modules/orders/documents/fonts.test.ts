import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { FONT_FILES } from "./fonts.js";

describe("the shipped CJK fonts", () => {
  it("are found next to the server's sources, as OpenType (CFF) files under 8 MB", () => {
    for (const file of Object.values(FONT_FILES)) {
      const data = fs.readFileSync(file);
      expect(data.subarray(0, 4).toString("latin1")).toBe("OTTO");
      expect(data.length).toBeLessThan(8 * 1024 * 1024);
    }
  });

  it("come with their licence", () => {
    const licence = fs.readFileSync(new URL("OFL.txt", FONT_FILES.regular), "utf8");
    expect(licence).toContain("SIL OPEN FONT LICENSE Version 1.1");
  });
});
