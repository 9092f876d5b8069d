import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import yazl from "yazl";
import { openSheet } from "./sheet.js";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>`;
const SHARED_STRINGS = `<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>快递公司</t></si><si><t>ZTO</t></si></sst>`;
const SHEET = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2"><v>1.5</v></c></row>
</sheetData></worksheet>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;

/** An XLSX whose worksheet comes before xl/workbook.xml in the zip, as exceljs's own writer sometimes orders it. */
async function sheetBeforeWorkbook(file: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const parts: [string, string][] = [
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", ROOT_RELS],
    ["xl/_rels/workbook.xml.rels", WORKBOOK_RELS],
    ["xl/sharedStrings.xml", SHARED_STRINGS],
    ["xl/worksheets/sheet1.xml", SHEET],
    ["xl/workbook.xml", WORKBOOK],
  ];
  for (const [name, text] of parts) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  await new Promise<void>((resolve, reject) =>
    zip.outputStream
      .pipe(fs.createWriteStream(file))
      .on("finish", () => resolve())
      .on("error", reject),
  );
}

it("reads an XLSX whose worksheet comes before the workbook part", async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sheet-order-")), "order.xlsx");
  await sheetBeforeWorkbook(file);
  const rows = [];
  for await (const row of (await openSheet(file)).rows()) rows.push(row);
  expect(rows).toEqual([
    { row: 1, cells: ["快递公司", "ZTO"] },
    { row: 2, cells: [1.5] },
  ]);
});
