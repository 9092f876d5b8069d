import { randomBytes } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import sharp from "sharp";
import yazl from "yazl";
import { type Browser, ORIGIN } from "../../../../test/app.js";

/** A sheet as CSV text, quoted where needed. */
export function csv(rows: (string | number)[][]): string {
  return stringify(rows.map((row) => row.map(String)));
}

/** The same rows as an XLSX workbook; numbers stay number cells, as Excel keeps typed prices. */
export async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("商品");
  for (const row of rows) sheet.addRow(row);
  workbook.addWorksheet("备注").addRow(["这张表不是商品"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A small JPEG of one colour: each colour a different picture. */
export function jpeg(red: number, green = 80, blue = 60): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: red, g: green, b: blue } } })
    .jpeg()
    .toBuffer();
}

export async function zip(files: Record<string, Buffer>): Promise<Buffer> {
  const archive = new yazl.ZipFile();
  for (const [name, bytes] of Object.entries(files)) archive.addBuffer(bytes, name);
  archive.end();
  const chunks: Buffer[] = [];
  for await (const chunk of archive.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A response body as parsed JSON: whatever the API sent. */
export type Json = ReturnType<typeof JSON.parse>;

type Upload = { field: string; name: string; bytes: Buffer | string };

/** Posts files as a browser's form would (multipart/form-data), with the browser's session. */
export function postFiles(
  app: FastifyInstance,
  browser: Browser,
  url: string,
  files: Upload[],
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const boundary = `----taocun${randomBytes(8).toString("hex")}`;
  const parts = files.flatMap(({ field, name, bytes }) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\n` +
        "Content-Type: application/octet-stream\r\n\r\n",
    ),
    typeof bytes === "string" ? Buffer.from(bytes) : bytes,
    Buffer.from("\r\n"),
  ]);
  return app.inject({
    method: "POST",
    url,
    headers: {
      host: "localhost:80",
      origin: ORIGIN,
      "content-type": `multipart/form-data; boundary=${boundary}`,
      ...(browser.cookie ? { cookie: `taocun_session=${browser.cookie}` } : {}),
      ...headers,
    },
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
  });
}

/** The import once its check or apply has finished (the web app polls the same way). */
export async function settled(browser: Browser, url: string, headers: Record<string, string> = {}): Promise<Json> {
  for (let i = 0; i < 600; i++) {
    const response = await browser.get(url, headers);
    const body = response.json();
    if (response.statusCode !== 200) throw new Error(`GET ${url}: ${response.statusCode} ${response.body}`);
    if (body.status !== "checking" && body.status !== "applying") return body;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not settle`);
}
