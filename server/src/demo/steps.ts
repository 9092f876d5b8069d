import { accountsStep } from "./accounts-step.js";
import type { DemoStep } from "./context.js";

/** In order: a step may use what the steps before it made. New modules append theirs. */
export const demoSteps: DemoStep[] = [accountsStep];
