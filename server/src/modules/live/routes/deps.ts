import type { ModuleDeps } from "../../../http/module.js";
import type { Live } from "../runtime.js";

/** What the live module's routes are given: the composition root's, and the module's running parts. */
export type LiveDeps = ModuleDeps & { live: Live };
