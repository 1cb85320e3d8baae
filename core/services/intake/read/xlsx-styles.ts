// Which cell styles of an .xlsx show numbers as dates: a date in a sheet is a number with a date
// format, so the reader needs styles.xml to give it back as a Date (as Excel shows it).
import type { XlsxZip } from "./xlsx-zip.js";
import { attribute } from "./xml-tokenizer.js";

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A format code shows a date when it has date or time letters outside quotes and brackets. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhsb]/i.test(bare);
}

/** Returns, per style index (the `s` attribute of a cell), whether it is a date. */
export async function readDateStyles(zip: XlsxZip): Promise<boolean[]> {
  if (!zip.has("xl/styles.xml")) return [];
  const custom = new Map<number, string>();
  const isDate: boolean[] = [];
  let inCellXfs = false;
  await zip.parse("xl/styles.xml", {
    open: (name, attrs) => {
      if (name === "numFmt") custom.set(Number(attribute(attrs, "numFmtId")), attribute(attrs, "formatCode") ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(attribute(attrs, "numFmtId") ?? 0);
        const code = custom.get(id);
        isDate.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id));
      }
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return isDate;
}
