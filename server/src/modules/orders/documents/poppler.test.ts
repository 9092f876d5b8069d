import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pickListPdf } from "./pick-list.js";
import { purchaseOrderPdf } from "./purchase-order.js";
import { statementPdf } from "./statement.js";
import { missingPoppler, runPoppler } from "./testing/poppler.js";
import { pickList, purchaseOrder, statement } from "./testing/samples.js";

/**
 * The same documents through a real PDF reader, poppler: what the tests' own reader cannot
 * judge — that the embedded fonts load and draw and the text extracts as a viewer would.
 */
const missing = missingPoppler(["pdftotext", "pdffonts", "pdftoppm"]);
const run = runPoppler;

describe.skipIf(missing.length > 0)("the documents as poppler reads them", () => {
  const list = pickList(7);
  let folder: string;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "taocun-documents-"));
    const documents = {
      pickList: await pickListPdf(list),
      purchaseOrder: await purchaseOrderPdf(purchaseOrder()),
      statement: await statementPdf(statement()),
    };
    for (const [name, pdf] of Object.entries(documents)) {
      files[name] = path.join(folder, `${name}.pdf`);
      fs.writeFileSync(files[name], pdf);
    }
  });

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("extracts the pick list's Chinese text and page numbers", () => {
    const { stdout } = run("pdftotext", ["-layout", files.pickList ?? "", "-"]);
    const pages = stdout.split("\f").filter((page) => page.trim() !== "");
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // poppler drops the narrow spaces between Chinese and digits: compare without spaces.
    pages.forEach((page, i) => {
      expect(page.replace(/\s+/g, "")).toContain(`第${i + 1}/${pages.length}页`);
    });
    for (const shop of list.shops) expect(stdout).toContain(shop.shopName);
    expect(stdout).not.toContain("\uFFFD");
  });

  it("finds both fonts embedded as subsets with a Unicode map, in every document", () => {
    for (const file of Object.values(files)) {
      const { stdout } = run("pdffonts", [file]);
      const fonts = stdout.split("\n").filter((line) => line.includes("NotoSansCJKsc"));
      expect(fonts).toHaveLength(2);
      for (const font of fonts) expect(font).toMatch(/CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });

  it("draws every page without complaint", () => {
    for (const file of Object.values(files)) {
      const { stderr } = run("pdftoppm", ["-r", "30", "-png", file, path.join(folder, path.basename(file, ".pdf"))]);
      expect(stderr).toBe("");
    }
  });
});
