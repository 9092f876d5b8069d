import { parse } from "csv-parse/sync";
import yauzl from "yauzl";

/** Every entry of a ZIP file, by name. */
export function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

/** Shopify's product CSV: UTF-8, a header row, one object per row. */
export function shopifyRows(csv: Buffer): Record<string, string>[] {
  return parse(csv.toString("utf8").replace(/^\uFEFF/, ""), { columns: true, skip_empty_lines: true });
}

/** 淘宝助理's data package: UTF-16LE, tab-separated; version line, English names, Chinese names, data. */
export function taobaoPackage(csv: Buffer): { version: string; rows: Record<string, string>[] } {
  const text = csv.subarray(2).toString("utf16le");
  const [version = "", english = "", , ...data] = text.split("\r\n");
  const rows: Record<string, string>[] = parse([english, ...data].join("\r\n"), {
    columns: true,
    delimiter: "\t",
    relax_quotes: true,
    skip_empty_lines: true,
  });
  return { version, rows };
}
