export { type IngestOptions, ingestOrderFiles } from "./ingest.js";
export type {
  IngestResult,
  NormalisedOrder,
  OrderFile,
  OrderLine,
  OrderProblem,
  Platform,
  SkippedOrder,
  Source,
} from "./types.js";
