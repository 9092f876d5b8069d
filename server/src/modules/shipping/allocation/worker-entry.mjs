// The worker thread's entry: our TypeScript runs through tsx's loader, as bin/taocun.mjs does.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
