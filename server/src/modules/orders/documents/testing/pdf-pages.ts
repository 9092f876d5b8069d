import { namedReferences, type PdfObject, readObjects, reference } from "./pdf-objects.js";

/** A piece of text as drawn: where (PDF points from the bottom left), in which font and fill colour ("r g b"). */
export type TextRun = { x: number; y: number; text: string; font: string; colour: string };

/**
 * A horizontal stroked line: table rules, signature lines, the strike through a text. Its
 * `y` is from the bottom, like a text run's (pdfkit draws lines in a flipped space).
 */
export type Segment = { x1: number; x2: number; y: number };

export type PdfImage = { width: number; height: number; channels: number; pixels: Buffer };

export type PdfPage = {
  /** In drawing order: a wrapped text's lines follow each other. */
  runs: TextRun[];
  /** Every run joined without separators: a wrapped title reads whole again. */
  text: string;
  /** The runs that share a baseline joined left to right with a space, top line first. */
  lines: string[];
  /** Images in the order the page draws them. */
  images: PdfImage[];
  /** Horizontal lines, by where they start and end across the page. */
  segments: Segment[];
};

export type PdfFont = { name: string; embedded: "FontFile" | "FontFile2" | "FontFile3" | null; bytes: number };

type Objects = Map<number, PdfObject>;

function utf16(hex: string): string {
  const units = hex.replace(/\s/g, "").match(/.{4}/g) ?? [];
  return String.fromCharCode(...units.map((unit) => Number.parseInt(unit, 16)));
}

/** A ToUnicode CMap as glyph code → text, from its bfrange (array form) and bfchar entries. */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, from, list] of cmap.matchAll(/<([0-9a-f]+)>\s*<[0-9a-f]+>\s*\[([^\]]*)\]/gi)) {
    // A ligature maps to several characters: <0066 0066> is "ff".
    const targets = [...(list ?? "").matchAll(/<([0-9a-f\s]+)>/gi)].map((m) => utf16(m[1] ?? ""));
    targets.forEach((text, i) => {
      map.set(Number.parseInt(from ?? "0", 16) + i, text);
    });
  }
  const bfchar = /beginbfchar([\s\S]*?)endbfchar/g;
  for (const [, body] of cmap.matchAll(bfchar)) {
    for (const [, code, text] of (body ?? "").matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
      map.set(Number.parseInt(code ?? "0", 16), utf16(text ?? ""));
    }
  }
  return map;
}

function decodeHex(hex: string, cmap: Map<number, string>): string {
  return (hex.match(/.{4}/g) ?? []).map((code) => cmap.get(Number.parseInt(code, 16)) ?? "\uFFFD").join("");
}

/**
 * The operators of a content stream the tests look at: font (Tf), position (Tm), strings
 * (TJ), fill colour (scn) and straight lines (m, l) as pdfkit writes them.
 */
const OPERATORS = new RegExp(
  [
    /\/(?<font>\w+) [\d.]+ Tf/,
    /[-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ (?<x>[-\d.]+) (?<y>[-\d.]+) Tm/,
    /\[(?<strings>[^\]]*)\] TJ/,
    /(?<colour>[\d.]+ [\d.]+ [\d.]+) scn/,
    /(?<x1>[-\d.]+) (?<y1>[-\d.]+) m\s+(?<x2>[-\d.]+) (?<y2>[-\d.]+) l/,
  ]
    .map((pattern) => pattern.source)
    .join("|"),
  "g",
);

type Fonts = Map<string, { name: string; cmap: Map<number, string> }>;

function drawing(content: string, fonts: Fonts, height: number): { runs: TextRun[]; segments: Segment[] } {
  const runs: TextRun[] = [];
  const segments: Segment[] = [];
  let font = { name: "", cmap: new Map<number, string>() };
  let [x, y, colour] = [0, 0, "0 0 0"];
  for (const { groups = {} } of content.matchAll(OPERATORS)) {
    if (groups.font) font = fonts.get(groups.font) ?? font;
    else if (groups.x) [x, y] = [Number(groups.x), Number(groups.y)];
    else if (groups.colour) colour = groups.colour.replace(/(\d\.\d{3})\d*/g, "$1");
    else if (groups.x1 && groups.y1 === groups.y2) {
      segments.push({ x1: Number(groups.x1), x2: Number(groups.x2), y: height - Number(groups.y1) });
    } else if (groups.strings !== undefined) {
      const hex = [...groups.strings.matchAll(/<([0-9a-f]*)>/gi)];
      runs.push({ x, y, text: hex.map((m) => decodeHex(m[1] ?? "", font.cmap)).join(""), font: font.name, colour });
    }
  }
  return { runs, segments };
}

function linesOf(runs: TextRun[]): string[] {
  const byBaseline = new Map<number, TextRun[]>();
  for (const run of runs) {
    const key = Math.round(run.y * 10);
    byBaseline.set(key, [...(byBaseline.get(key) ?? []), run]);
  }
  return [...byBaseline.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, line]) =>
      line
        .sort((a, b) => a.x - b.x)
        .map((run) => run.text)
        .join(" "),
    );
}

function imageOf(object: PdfObject): PdfImage {
  const number = (key: string) => Number(new RegExp(`/${key} (\\d+)`).exec(object.dict)?.[1]);
  const channels = object.dict.includes("/DeviceRGB") ? 3 : 1;
  return { width: number("Width"), height: number("Height"), channels, pixels: object.stream ?? Buffer.alloc(0) };
}

function resourcesOf(objects: Objects, page: PdfObject): string {
  return reference(objects, page.dict, "Resources")?.dict ?? page.dict;
}

function fontsOf(objects: Objects, resources: string): Fonts {
  const fonts: Fonts = new Map();
  for (const [key, id] of namedReferences(resources, "Font")) {
    const dict = objects.get(id)?.dict ?? "";
    const cmap = reference(objects, dict, "ToUnicode")?.stream?.toString("latin1") ?? "";
    fonts.set(key, { name: /\/BaseFont \/(\S+)/.exec(dict)?.[1] ?? key, cmap: parseCMap(cmap) });
  }
  return fonts;
}

function readPage(objects: Objects, page: PdfObject): PdfPage {
  const resources = resourcesOf(objects, page);
  const content = reference(objects, page.dict, "Contents")?.stream?.toString("latin1") ?? "";
  const height = Number(/\/MediaBox \[[\d.]+ [\d.]+ [\d.]+ ([\d.]+)\]/.exec(page.dict)?.[1]);
  const { runs, segments } = drawing(content, fontsOf(objects, resources), height);
  const xobjects = namedReferences(resources, "XObject");
  const images = [...content.matchAll(/\/(\w+) Do/g)]
    .map(([, name]) => objects.get(xobjects.get(name ?? "") ?? -1))
    .filter((object): object is PdfObject => object?.dict.includes("/Subtype /Image") === true)
    .map(imageOf);
  return { runs, text: runs.map((run) => run.text).join(""), lines: linesOf(runs), images, segments };
}

/** The pages in order (pdfkit writes one flat /Kids list), and every font the file defines. */
export function readPdf(pdf: Buffer): { pages: PdfPage[]; fonts: PdfFont[] } {
  const objects = readObjects(pdf);
  const all = [...objects.values()];
  const tree = all.find((object) => object.dict.includes("/Type /Pages"));
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(tree?.dict ?? "")?.[1] ?? "").matchAll(/(\d+) 0 R/g)];
  const pages = kids.map(([, id]) => readPage(objects, objects.get(Number(id)) as PdfObject));
  const fonts = all
    .filter((object) => object.dict.includes("/Type /FontDescriptor"))
    .map((descriptor) => {
      const kind = /\/(FontFile[23]?) \d+ 0 R/.exec(descriptor.dict)?.[1] as PdfFont["embedded"] | undefined;
      const file = kind ? reference(objects, descriptor.dict, kind) : undefined;
      const name = /\/FontName \/(\S+)/.exec(descriptor.dict)?.[1] ?? "";
      return { name, embedded: kind ?? null, bytes: file?.stream?.length ?? 0 };
    });
  return { pages, fonts };
}
