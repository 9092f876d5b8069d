import fs from "node:fs";

/**
 * The CJK fonts shipped in server/assets/fonts (see its README), found relative to this file
 * so they load the same from a clean clone, a test run or the installed server.
 */
export const FONT_FILES = {
  regular: new URL("../../../../assets/fonts/NotoSansCJKsc-GBK-Regular.otf", import.meta.url),
  bold: new URL("../../../../assets/fonts/NotoSansCJKsc-GBK-Bold.otf", import.meta.url),
} as const;

export type FontName = keyof typeof FONT_FILES;

// Five megabytes each: read once per process, not once per document.
const loaded = new Map<FontName, Buffer>();

function fontData(name: FontName): Buffer {
  let data = loaded.get(name);
  if (!data) {
    data = fs.readFileSync(FONT_FILES[name]);
    loaded.set(name, data);
  }
  return data;
}

/** Makes "regular" and "bold" usable with `doc.font(name)`; pdfkit embeds only the glyphs used. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of Object.keys(FONT_FILES) as FontName[]) doc.registerFont(name, fontData(name));
}
