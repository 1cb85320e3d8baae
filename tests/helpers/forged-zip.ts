// Builds zip archives byte by byte, including ones whose directory lies about entry sizes
// (the zip-bomb probe of issue 17): real readers are tested against what an attacker can send.
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  content: Buffer;
  /** The uncompressed size written in the headers; the real one when absent. */
  declaredSize?: number;
}

function header(fields: [number, 2 | 4][]): Buffer {
  const out = Buffer.alloc(fields.reduce((n, [, size]) => n + size, 0));
  let at = 0;
  for (const [value, size] of fields) {
    if (size === 2) out.writeUInt16LE(value, at);
    else out.writeUInt32LE(value >>> 0, at);
    at += size;
  }
  return out;
}

export function buildZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = deflateRawSync(entry.content, { level: 9 });
    const crc = crc32(entry.content);
    const size = entry.declaredSize ?? entry.content.length;
    const common: [number, 2 | 4][] = [
      [20, 2],
      [0, 2],
      [8, 2],
      [0, 2],
      [0x21, 2],
      [crc, 4],
      [data.length, 4],
      [size, 4],
      [name.length, 2],
      [0, 2],
    ];
    const local = Buffer.concat([header([[0x04034b50, 4], ...common]), name, data]);
    centrals.push(Buffer.concat([header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [directory.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

/** The skeleton of a workbook with one sheet whose XML is `sheetXml`. */
export function workbookEntries(sheetXml: Buffer, declaredSheetSize?: number): ZipEntry[] {
  const text = (s: string) => Buffer.from(s, "utf8");
  return [
    {
      name: "[Content_Types].xml",
      content: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
    },
    {
      name: "xl/workbook.xml",
      content: text(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Лист1" sheetId="1"/></sheets></workbook>',
      ),
    },
    { name: "xl/worksheets/sheet1.xml", content: sheetXml, declaredSize: declaredSheetSize },
  ];
}
