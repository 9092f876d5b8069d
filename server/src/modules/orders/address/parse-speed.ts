/**
 * How fast addresses parse: `npx tsx server/src/modules/orders/address/parse-speed.ts`.
 * Builds 10,000 addresses from every county in the data, in the forms shops' exports use,
 * and prints the time to parse them once the index is built (and the time to build it).
 */
import { performance } from "node:perf_hooks";
import { loadDivisions } from "./divisions.js";
import { parseAddress } from "./parse.js";
import { sampleAddresses } from "./samples.js";

const COUNT = 10_000;

const built = performance.now();
loadDivisions();
const indexMs = performance.now() - built;

const addresses = sampleAddresses(COUNT);
const started = performance.now();
let parsed = 0;
for (const text of addresses) if (parseAddress(text).ok) parsed += 1;
const parseMs = performance.now() - started;

console.log(
  `index built in ${indexMs.toFixed(1)} ms; ${COUNT} addresses parsed in ${parseMs.toFixed(1)} ms ` +
    `(${parsed} recognised, ${((parseMs * 1000) / COUNT).toFixed(2)} µs each)`,
);
