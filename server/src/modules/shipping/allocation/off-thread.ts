import { Worker } from "node:worker_threads";
import type { AllocationInput, AllocationOptions, AllocationResult } from "./types.js";

/**
 * `allocateParcels` on a worker thread, one per allocation (a day's run, not a hot path). Takes
 * the plain options only: an injected solver or objective cannot cross to another thread.
 */
export function allocateOffThread(
  input: AllocationInput,
  options: Omit<AllocationOptions, "solver" | "objective"> = {},
): Promise<AllocationResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url));
    worker.once("message", (reply: { ok: true; result: AllocationResult } | { ok: false; message: string }) => {
      void worker.terminate();
      if (reply.ok) resolve(reply.result);
      else reject(new Error(`allocation worker: ${reply.message.split("\n")[0]}`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`allocation worker stopped with code ${code}`));
    });
    worker.postMessage({ input, options });
  });
}
