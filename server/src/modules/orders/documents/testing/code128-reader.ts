import type { PdfImage } from "./pdf-pages.js";

/**
 * Reads a Code 128 symbol back from the pixels of an image in the PDF, independently of the
 * library that drew it: bar widths → symbol values (the standard's table) → checksum → text.
 */

// Bar, space, bar, space, bar, space widths in modules for values 0–105, then the stop pattern.
const PATTERNS = (
  "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 " +
  "122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 " +
  "321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 112313 132113 132311 " +
  "211313 231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 231131 213113 " +
  "213311 213131 311123 311321 331121 312113 312311 332111 314111 221411 431111 111224 111422 " +
  "121124 121421 141122 141221 112214 112412 122114 122411 142112 142211 241211 221114 413111 " +
  "241112 134111 111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 214121 " +
  "412121 111143 111341 131141 114113 114311 411113 411311 113141 114131 311141 411131 211412 " +
  "211214 211232"
).split(" ");
const STOP = "2331112";
const START = { 103: "A", 104: "B", 105: "C" } as const;

type CodeSet = "A" | "B" | "C";

/** Widths of alternating dark and light runs along the middle row, from the first dark pixel to the last. */
function runsOf(image: PdfImage): number[] {
  const row = Math.floor(image.height / 2) * image.width * image.channels;
  const dark = Array.from({ length: image.width }, (_, x) => (image.pixels[row + x * image.channels] ?? 255) < 128);
  const first = dark.indexOf(true);
  const last = dark.lastIndexOf(true);
  const runs: number[] = [];
  for (let x = first; x <= last; x++) {
    if (x > first && dark[x] === dark[x - 1]) runs[runs.length - 1] = (runs.at(-1) ?? 0) + 1;
    else runs.push(1);
  }
  return runs;
}

function valuesOf(runs: number[]): number[] {
  const symbols = (runs.length - 7) / 6;
  if (!Number.isInteger(symbols) || symbols < 3)
    throw new Error(`not a Code 128 symbol: ${runs.length} bars and spaces`);
  const module = runs.reduce((sum, run) => sum + run, 0) / (11 * symbols + 13);
  const widths = runs.map((run) => String(Math.round(run / module))).join("");
  if (widths.slice(symbols * 6) !== STOP) throw new Error("no stop pattern");
  return Array.from({ length: symbols }, (_, i) => {
    const value = PATTERNS.indexOf(widths.slice(i * 6, i * 6 + 6));
    if (value < 0) throw new Error(`unreadable symbol ${i}`);
    return value;
  });
}

function character(value: number, set: CodeSet): string {
  if (set === "C") return String(value).padStart(2, "0");
  if (set === "B") return String.fromCharCode(value + 32);
  return String.fromCharCode(value < 64 ? value + 32 : value - 64);
}

/** The code set a switch value moves to, or null for a data (or ignored function) value. */
function switchTo(value: number, set: CodeSet): CodeSet | null {
  if (set === "C") return value === 100 ? "B" : value === 101 ? "A" : null;
  if (value === 99) return "C";
  if (set === "B" && value === 101) return "A";
  if (set === "A" && value === 100) return "B";
  return null;
}

function isFunction(value: number, set: CodeSet): boolean {
  return value === 102 || (set === "C" ? value >= 100 : value >= 96);
}

export function readCode128(image: PdfImage): string {
  const [start = -1, ...rest] = valuesOf(runsOf(image));
  const checksum = rest.pop();
  const expected = rest.reduce((sum, value, i) => sum + value * (i + 1), start) % 103;
  if (checksum !== expected) throw new Error(`checksum ${checksum} is not ${expected}`);
  let set: CodeSet | undefined = START[start as keyof typeof START];
  if (!set) throw new Error(`no start code: ${start}`);
  let text = "";
  for (const value of rest) {
    const next = switchTo(value, set);
    if (next) set = next;
    else if (!isFunction(value, set)) text += character(value, set);
  }
  return text;
}
