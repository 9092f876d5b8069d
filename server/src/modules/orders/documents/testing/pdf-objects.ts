import zlib from "node:zlib";

/**
 * Just enough of a PDF reader for the tests to look inside what pdfkit writes (no
 * cross-reference streams, no object streams, direct /Length), so they need nothing
 * installed: numbered objects, their dictionaries as text, their streams inflated.
 */
export type PdfObject = { id: number; dict: string; stream: Buffer | null };

/** Skips a (string) with nested parentheses and backslash escapes; returns the index after it. */
function skipString(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The end of the dictionary opening at `start`, past nested dictionaries, strings and hex strings. */
function dictEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text.startsWith("<<", i)) {
      depth++;
      i += 2;
    } else if (text.startsWith(">>", i)) {
      i += 2;
      if (--depth === 0) return i;
    } else if (text[i] === "(") i = skipString(text, i);
    else if (text[i] === "<") i = text.indexOf(">", i) + 1;
    else i++;
  }
  return i;
}

function streamOf(pdf: Buffer, text: string, dict: string, after: number): Buffer | null {
  const match = /^\s*stream\r?\n/.exec(text.slice(after, after + 20));
  if (!match) return null;
  const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
  const start = after + match[0].length;
  const raw = pdf.subarray(start, start + length);
  return dict.includes("/FlateDecode") ? zlib.inflateSync(raw) : raw;
}

export function readObjects(pdf: Buffer): Map<number, PdfObject> {
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*/g)) {
    const id = Number(match[1]);
    const start = (match.index ?? 0) + match[0].length;
    if (!text.startsWith("<<", start)) {
      objects.set(id, { id, dict: text.slice(start, text.indexOf("endobj", start)).trim(), stream: null });
      continue;
    }
    const end = dictEnd(text, start);
    const dict = text.slice(start, end);
    objects.set(id, { id, dict, stream: streamOf(pdf, text, dict, end) });
  }
  return objects;
}

/** The object a "/Key 12 0 R" entry points at. */
export function reference(objects: Map<number, PdfObject>, dict: string, key: string): PdfObject | undefined {
  const id = new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1];
  return id === undefined ? undefined : objects.get(Number(id));
}

/** The "/Name 12 0 R" pairs inside the sub-dictionary `key` of `dict`, e.g. a page's fonts. */
export function namedReferences(dict: string, key: string): Map<string, number> {
  const start = dict.indexOf(`/${key}`);
  const found = new Map<string, number>();
  if (start < 0) return found;
  const open = dict.indexOf("<<", start);
  const inner = dict.slice(open, dictEnd(dict, open));
  for (const [, name, id] of inner.matchAll(/\/(\w+) (\d+) 0 R/g)) found.set(name ?? "", Number(id));
  return found;
}
