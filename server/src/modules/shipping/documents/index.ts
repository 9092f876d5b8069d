export { manifestPdf } from "./manifest.js";
export { manifestCsv } from "./manifest-csv.js";
export { type ManifestFigures, manifestFigures, type ProvinceCount } from "./manifest-figures.js";
export type * from "./types.js";
export { waybillLabelsPdf } from "./waybill-label.js";
