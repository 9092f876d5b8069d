// The allocation on a worker thread: the HiGHS solve is synchronous WebAssembly and would hold
// the server's event loop (scans, pages, every other request) for up to its time budget.
import { parentPort } from "node:worker_threads";
import { allocateParcels } from "./allocate.js";
import type { AllocationInput, AllocationOptions } from "./types.js";

type Job = { input: AllocationInput; options: Omit<AllocationOptions, "solver" | "objective"> };

parentPort?.once("message", async ({ input, options }: Job) => {
  try {
    parentPort?.postMessage({ ok: true, result: await allocateParcels(input, options) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: (error as Error).stack ?? String(error) });
  }
});
