// Runs the benchmarks: `npm run bench` runs every one, `npm run bench -- catalog` one of them.
// A benchmark is a file bench/<name>.ts run with tsx; a file another benchmark imports
// (bench/catalog-import.ts for catalog) is a part of it and does not run on its own.
// Each prints a table and writes bench/results/<name>.json.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = path.join(root, "bench");
const tsx = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "tsx.cmd" : "tsx");

const files = fs
  .readdirSync(benchDir)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
  .map((file) => file.slice(0, -3));
const sources = Object.fromEntries(
  files.map((name) => [name, fs.readFileSync(path.join(benchDir, `${name}.ts`), "utf8")]),
);
const partOfAnother = (name) => files.some((other) => other !== name && sources[other].includes(`./${name}.js`));
const benchmarks = files.filter((name) => !partOfAnother(name)).sort();

const asked = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
for (const name of asked) {
  if (!files.includes(name)) {
    console.error(`no benchmark "${name}"; there are: ${benchmarks.join(", ")}`);
    process.exit(2);
  }
}
const chosen = asked.length > 0 ? asked : benchmarks;
if (chosen.length === 0) {
  console.error("no benchmarks in bench/");
  process.exit(2);
}

let failed = 0;
for (const name of chosen) {
  console.log(`\n== bench/${name}.ts`);
  const run = spawnSync(tsx, [path.join(benchDir, `${name}.ts`)], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) {
    failed++;
    console.error(`bench/${name}.ts failed (${run.signal ?? `exit ${run.status}`})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
