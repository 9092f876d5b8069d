import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { missingPoppler, runPoppler } from "../../orders/documents/testing/poppler.js";
import { LAYOUTS } from "./label-layout.js";
import { manifestPdf } from "./manifest.js";
import { manifest, waybills } from "./testing/samples.js";
import { waybillLabelsPdf } from "./waybill-label.js";

/**
 * The documents through a real PDF reader, poppler, as the orders documents are checked:
 * that a viewer or a print server finds the text and draws every page.
 */
const missing = missingPoppler(["pdftotext", "pdftoppm"]);
const run = runPoppler;

type Word = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };

/** Each page's words with their boxes (points, from the top left), as `pdftotext -bbox` finds them. */
function wordsByPage(file: string): Word[][] {
  const { stdout } = run("pdftotext", ["-bbox", file, "-"]);
  const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  return stdout
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(word)].map(([, xMin, yMin, xMax, yMax, text]) => ({
        text: text ?? "",
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
      })),
    );
}

/** The lines between a label's bands and the bars' top and bottom, from the top of the label. */
function labelGeometry(size: "100x180" | "76x130"): { edges: number[]; bars: [number, number] } {
  const layout = LAYOUTS[size];
  const edges = [layout.margin];
  for (const height of Object.values(layout.bands)) edges.push((edges.at(-1) ?? 0) + height);
  const top = layout.margin + layout.bands.header + layout.bands.destination + layout.padding;
  return { edges, bars: [top, top + layout.barHeight] };
}

describe.skipIf(missing.length > 0)("the shipping documents as poppler reads them", () => {
  const labels = waybills(12);
  const day = manifest(120);
  let folder: string;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "taocun-shipping-documents-"));
    const documents = {
      "100x180": await waybillLabelsPdf(labels, { size: "100x180" }),
      "76x130": await waybillLabelsPdf(labels, { size: "76x130" }),
      "76x130-en": await waybillLabelsPdf(labels, { size: "76x130", language: "en" }),
      manifest: await manifestPdf(day),
    };
    for (const [name, pdf] of Object.entries(documents)) {
      files[name] = path.join(folder, `${name}.pdf`);
      fs.writeFileSync(files[name], pdf);
    }
  });

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("extracts each label's tracking number and destination from its own page", () => {
    for (const file of [files["100x180"], files["76x130"]]) {
      const pages = run("pdftotext", [file ?? "", "-"]).stdout.split("\f");
      labels.forEach((label, i) => {
        expect(pages[i]).toContain(label.trackingNumber);
        expect(pages[i]?.replace(/\s+/g, "")).toContain(`${label.destination.province}${label.destination.city}`);
      });
      expect(pages.join("")).not.toContain("\uFFFD");
    }
  });

  it("keeps every word on a label inside the frame, inside its band and clear of the bars", () => {
    const sizes = [
      ["100x180", "100x180"],
      ["76x130", "76x130"],
      ["76x130-en", "76x130"],
    ] as const;
    for (const [name, size] of sizes) {
      const { width, margin } = LAYOUTS[size];
      const { edges, bars } = labelGeometry(size);
      for (const word of wordsByPage(files[name] ?? "").flat()) {
        expect(word.xMin, word.text).toBeGreaterThan(margin);
        expect(word.xMax, word.text).toBeLessThan(width - margin);
        for (const edge of edges)
          expect(word.yMin >= edge || word.yMax <= edge, `${word.text} across ${edge}`).toBe(true);
        expect(word.yMin >= bars[1] || word.yMax <= bars[0], `${word.text} on the bars`).toBe(true);
      }
    }
  });

  it("extracts every tracking number of the manifest", () => {
    const { stdout } = run("pdftotext", ["-layout", files.manifest ?? "", "-"]);
    for (const parcel of day.parcels) expect(stdout).toContain(parcel.trackingNumber);
    expect(stdout.replace(/\s+/g, "")).toContain("共120件，已揽收80件，待揽收40件");
  });

  it("draws every page without complaint", () => {
    for (const [name, file] of Object.entries(files)) {
      const { stderr } = run("pdftoppm", ["-r", "30", "-png", file, path.join(folder, name)]);
      expect(stderr).toBe("");
    }
  });
});
