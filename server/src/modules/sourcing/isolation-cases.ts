import type { IsolationCase } from "../accounts/isolation-cases.js";

/** Sourcing routes that name an organisation. */
export const sourcingCases: Record<string, IsolationCase> = {};
