import fs from "node:fs";
import path from "node:path";
import { DatabaseUnavailableError } from "./errors.js";

/**
 * PGlite is one process's database: a second process writing the same directory would
 * corrupt it. A lock file with the owner's pid turns that into a clear error.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
  const owner = readOwner(lockFile);
  if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
    throw new DatabaseUnavailableError(
      `the embedded database in ${dataDir} is in use by process ${owner}; stop it or set DATA_DIR to another directory`,
    );
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

function readOwner(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockFile, "utf8"), 10);
    return Number.isFinite(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
