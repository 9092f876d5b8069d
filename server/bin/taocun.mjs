#!/usr/bin/env node
// The `taocun` command: runs the TypeScript sources through tsx, so there is no build step.
import { register } from "tsx/esm/api";

register();
const { run } = await import("../src/cli/index.ts");
await run(process.argv);
