import fs from "node:fs";
import os from "node:os";

/** The p-th percentile (0–100) of some durations, by the nearest-rank method. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

/** Milliseconds one call takes. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

export type BenchResult = {
  name: string;
  scale: Record<string, unknown>;
  /** The settings of the database server measured, where they matter to the figures. */
  server?: Record<string, string>;
  figures: Record<string, unknown>;
  baseline: Record<string, unknown>;
  ratio: Record<string, unknown>;
  checks: Record<string, unknown>;
  notes?: string[];
};

/** Writes bench/results/<name>.json in the format of ARCHITECTURE.md and returns its path. */
export function writeResult(result: BenchResult): string {
  const directory = new URL("../results/", import.meta.url);
  fs.mkdirSync(directory, { recursive: true });
  const file = new URL(`${result.name}.json`, directory);
  const body = {
    name: result.name,
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    scale: result.scale,
    ...(result.server ? { server: result.server } : {}),
    figures: result.figures,
    baseline: result.baseline,
    ratio: result.ratio,
    checks: result.checks,
    ...(result.notes ? { notes: result.notes } : {}),
  };
  fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  return file.pathname;
}

/** A plain table for the terminal. */
export function table(rows: (string | number)[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => String(row[i] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          typeof cell === "number" ? String(cell).padStart(widths[i] ?? 0) : String(cell).padEnd(widths[i] ?? 0),
        )
        .join("  "),
    )
    .join("\n");
}
