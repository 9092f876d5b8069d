// Makes the two subset fonts in this folder from Debian's fonts-noto-cjk with fonttools'
// pyftsubset, and writes unicodes.txt (what they cover) and OFL.txt (their licence).
// Run from anywhere: `node server/assets/fonts/make-fonts.mjs`. See README.md.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const SOURCE = (weight) => `/usr/share/fonts/opentype/noto/NotoSansCJK-${weight}.ttc`;
const OUTPUT = (weight) => here(`NotoSansCJKsc-GBK-${weight}.otf`);
const DEBIAN_COPYRIGHT = "/usr/share/doc/fonts-noto-cjk/copyright";

/** Every character GBK can encode in two bytes, without its private-use (user-defined) areas. */
function gbkCharacters() {
  const decoder = new TextDecoder("gbk");
  const found = new Set();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const text = decoder.decode(new Uint8Array([lead, trail]));
      const code = text.codePointAt(0) ?? 0xfffd;
      const privateUse = code >= 0xe000 && code <= 0xf8ff;
      if (text.length === 1 && code !== 0xfffd && !privateUse) found.add(code);
    }
  }
  return found;
}

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const hex = (code) => code.toString(16).toUpperCase().padStart(4, "0");

/** Sorted code points as runs, "4E00-4E01", one a line: what pyftsubset's --unicodes-file reads. */
function asRanges(codePoints) {
  const runs = [];
  for (const code of codePoints) {
    const last = runs.at(-1);
    if (last && last[1] === code - 1) last[1] = code;
    else runs.push([code, code]);
  }
  return runs.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`));
}

/** ASCII, Latin-1 (¥ is U+00A5), general punctuation, the minus sign, CJK punctuation, full-width forms, GBK. */
function wantedCodePoints() {
  const blocks = [
    range(0x20, 0x7e),
    range(0xa0, 0xff),
    range(0x2000, 0x206f),
    [0x2212],
    range(0x3000, 0x303f),
    range(0xff00, 0xffef),
  ];
  return [...new Set([...blocks.flat(), ...gbkCharacters()])].sort((a, b) => a - b);
}

/** A .ttc holds several faces; pyftsubset needs the number of the Simplified Chinese one. */
function faceNumber(file, postscriptName) {
  const listing = execFileSync("fc-scan", ["--format", "%{index} %{postscriptname}\n", file], { encoding: "utf8" });
  const line = listing.split("\n").find((row) => row.endsWith(` ${postscriptName}`));
  if (!line) throw new Error(`${postscriptName} is not in ${file}`);
  return line.split(" ")[0];
}

/**
 * Hinting goes (PDFs are printed and zoomed, not rendered at 12 px); so do the other
 * regions' glyphs reached through `locl`, vertical writing, and CFF subroutines: fontkit
 * copies the subroutines a document's glyphs use into every PDF, flat outlines keep each
 * PDF's embedded subset a few kilobytes.
 */
function subsetArguments(weight, unicodesFile) {
  return [
    SOURCE(weight),
    `--font-number=${faceNumber(SOURCE(weight), `NotoSansCJKsc-${weight}`)}`,
    `--unicodes-file=${unicodesFile}`,
    "--no-hinting",
    "--desubroutinize",
    "--layout-features=ccmp,kern,liga,mark",
    "--drop-tables+=vhea,vmtx,VORG",
    "--name-IDs=0,1,2,3,4,5,6,13,14",
    `--output-file=${OUTPUT(weight)}`,
  ];
}

/** The OFL text as Debian ships it (indented, "." for blank lines), under the fonts' own copyright line. */
function licenceText(copyright) {
  const lines = fs.readFileSync(DEBIAN_COPYRIGHT, "utf8").split("\n");
  // The last "License: SIL-1.1" heads the text; the first only names it for "Files: *".
  const start = lines.lastIndexOf("License: SIL-1.1") + 1;
  const body = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith(" ")) break;
    body.push(line === " ." ? "" : line.slice(1));
  }
  return `${copyright}\n\nThis Font Software is licensed under the SIL Open Font License, Version 1.1.\n\n${body.join("\n")}\n`;
}

const unicodesFile = here("unicodes.txt");
const codePoints = wantedCodePoints();
const heading =
  "# Made by make-fonts.mjs: ASCII, Latin-1, general punctuation, minus, CJK punctuation, full-width forms, GBK";
fs.writeFileSync(unicodesFile, `${[heading, ...asRanges(codePoints)].join("\n")}\n`);
console.log(`unicodes.txt: ${codePoints.length} code points`);
for (const weight of ["Regular", "Bold"]) {
  const args = subsetArguments(weight, unicodesFile);
  console.log(`pyftsubset ${args.join(" ")}`);
  execFileSync("pyftsubset", args, { stdio: "inherit" });
  console.log(`${OUTPUT(weight)}: ${fs.statSync(OUTPUT(weight)).size} bytes`);
}
fs.writeFileSync(here("OFL.txt"), licenceText("Copyright © 2014-2021 Adobe (http://www.adobe.com/)."));
