import { spawnSync } from "node:child_process";

/**
 * The poppler tools a test needs that this machine lacks, said once on the console: the
 * tests that read PDFs as a viewer would are skipped, with the reason, where they are missing.
 */
export function missingPoppler(tools: string[]): string[] {
  const missing = tools.filter((tool) => spawnSync(tool, ["-v"]).error);
  if (missing.length > 0)
    console.warn(`skipping the poppler checks: ${missing.join(", ")} not installed (apt-get install poppler-utils)`);
  return missing;
}

/** Runs a poppler tool, failing the test with its complaint when it fails. */
export function runPoppler(tool: string, args: string[]): { stdout: string; stderr: string } {
  const result = spawnSync(tool, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}
