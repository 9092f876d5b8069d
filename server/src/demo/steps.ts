import { accountsStep } from "./accounts-step.js";
import { catalogStep } from "./catalog-step.js";
import type { DemoStep } from "./context.js";
import { liveStep } from "./live-step.js";
import { ordersStep } from "./orders-step.js";
import { shippingStep } from "./shipping-step.js";
import { sourcingStep } from "./sourcing-step.js";

/** In order: a step may use what the steps before it made. New modules append theirs. */
export const demoSteps: DemoStep[] = [accountsStep, catalogStep, sourcingStep, ordersStep, shippingStep, liveStep];
