// .xlsx → sheets of plain values, streamed: each part is inflated by yauzl and tokenized as it
// comes out, and only the cell values are kept (issue 15: exceljs's workbook model took 2.8 GB
// for 100 000 rows). Formulas are read by their cached result; a formula without one is reported
// (the value the user saw is unknown), and so is an error cell.
import { type CellValue, columnLetter, FileRejected, type ImportProblem, type ReadLimits, type TableSheet } from "./types.js";
import { readDateStyles } from "./xlsx-styles.js";
import { openXlsxZip, type XlsxZip } from "./xlsx-zip.js";
import { attribute, decodeXml } from "./xml-tokenizer.js";
import { corruptZipRejection, inflateBudget, notWorkbookRejection, TooLarge, zipBombRejection } from "./zip-guard.js";

/** CDATA text joins entity-encoded text, decoded once when the value is complete. */
const escapeXml = (text: string) => text.replaceAll("&", "&amp;");

const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

/** Column index (1-based) of a reference such as "AB12". */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

/** Sheet names and their parts, in workbook order; whether dates count from 1904. */
async function readWorkbook(zip: XlsxZip): Promise<{ sheets: { name: string; part: string }[]; date1904: boolean }> {
  const targets = new Map<string, string>();
  if (zip.has("xl/_rels/workbook.xml.rels"))
    await zip.parse("xl/_rels/workbook.xml.rels", {
      open: (name, attrs) => {
        if (name === "Relationship") targets.set(attribute(attrs, "Id") ?? "", attribute(attrs, "Target") ?? "");
      },
    });
  const sheets: { name: string; part: string }[] = [];
  let date1904 = false;
  await zip.parse("xl/workbook.xml", {
    open: (name, attrs) => {
      if (name === "workbookPr") date1904 = ["1", "true"].includes(attribute(attrs, "date1904") ?? "");
      if (name !== "sheet") return;
      const target = targets.get(attribute(attrs, "id") ?? "");
      if (!target) return;
      const part = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
      sheets.push({ name: attribute(attrs, "name") ?? "", part });
    },
  });
  return { sheets, date1904 };
}

/** Shared strings; rich text is the concatenation of its runs (phonetic hints left out). */
async function readSharedStrings(zip: XlsxZip): Promise<string[]> {
  const strings: string[] = [];
  if (!zip.has("xl/sharedStrings.xml")) return strings;
  let current = "";
  let inText = false;
  let inPhonetic = false;
  await zip.parse("xl/sharedStrings.xml", {
    open: (name) => {
      if (name === "si") current = "";
      else if (name === "t") inText = !inPhonetic;
      else if (name === "rPh") inPhonetic = true;
    },
    text: (raw, cdata) => {
      if (inText) current += cdata ? escapeXml(raw) : raw;
    },
    close: (name) => {
      if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "si") strings.push(decodeXml(current));
    },
  });
  return strings;
}

interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  problems: ImportProblem[];
}

/** One sheet, cell by cell. */
async function readSheet(zip: XlsxZip, name: string, part: string, ctx: SheetContext): Promise<TableSheet> {
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  let row: CellValue[] = [];
  let rowNumber = 0;
  let column = 0;
  let type = "n";
  let style = 0;
  let hasFormula = false;
  let text = "";
  let capture = false;
  let hasValue = false;
  const cellValue = (): CellValue => {
    const at = `${columnLetter(column)}${rowNumber}`;
    if (!hasValue) {
      if (hasFormula)
        ctx.problems.push({
          row: rowNumber,
          column: at,
          message: `В ячейке ${at} формула без вычисленного значения: откройте файл в Excel или LibreOffice, пересчитайте и сохраните.`,
        });
      return null;
    }
    switch (type) {
      case "s":
        return ctx.strings[Number(text)] ?? null;
      case "str":
      case "inlineStr":
        return text;
      case "b":
        return text === "1" || text === "true";
      case "e":
        ctx.problems.push({ row: rowNumber, column: at, message: `В ячейке ${at} ошибка ${text}.` });
        return null;
      default: {
        const n = Number(text);
        if (text === "" || Number.isNaN(n)) return text === "" ? null : text;
        if (ctx.dateStyles[style]) return new Date(Math.round((n - EXCEL_EPOCH_DAYS + (ctx.date1904 ? 1462 : 0)) * DAY_MS));
        return n;
      }
    }
  };
  await zip.parse(part, {
    open: (tagName, attrs) => {
      switch (tagName) {
        case "row": {
          const r = attribute(attrs, "r");
          rowNumber = r ? Number(r) : rowNumber + 1;
          row = [];
          column = 0;
          break;
        }
        case "c": {
          const ref = attribute(attrs, "r");
          column = ref ? columnOf(ref) : column + 1;
          type = attribute(attrs, "t") ?? "n";
          style = Number(attribute(attrs, "s") ?? 0);
          hasFormula = false;
          hasValue = false;
          text = "";
          break;
        }
        case "f":
          hasFormula = true;
          break;
        case "v":
        case "t":
          capture = true;
          hasValue = true;
          break;
        case "mergeCell": {
          const ref = attribute(attrs, "ref");
          if (ref) merges.push(ref);
          break;
        }
      }
    },
    text: (raw, cdata) => {
      if (capture) text += cdata ? escapeXml(raw) : raw;
    },
    close: (tagName) => {
      if (tagName === "v" || tagName === "t") capture = false;
      else if (tagName === "c") {
        text = decodeXml(text);
        const value = cellValue();
        if (value !== null) {
          for (let j = row.length; j < column - 1; j++) row.push(null);
          row[column - 1] = value;
        }
      } else if (tagName === "row" && row.length > 0) {
        for (let i = rows.length; i < rowNumber - 1; i++) rows.push([]);
        rows[rowNumber - 1] = row;
      }
    },
  });
  return { name, rows, merges };
}

export async function readXlsx(bytes: Buffer, limits: ReadLimits): Promise<{ sheets: TableSheet[]; problems: ImportProblem[] }> {
  const budget = inflateBudget(bytes, limits);
  let zip: XlsxZip | undefined;
  try {
    zip = await openXlsxZip(bytes, budget);
    if (!zip.has("xl/workbook.xml")) {
      await zip.inflateRest(new Set());
      throw notWorkbookRejection();
    }
    const { sheets: parts, date1904 } = await readWorkbook(zip);
    const read = new Set(["xl/sharedStrings.xml", "xl/styles.xml", ...parts.map((p) => p.part)]);
    // The parts not read are inflated too (and thrown away): a bomb hides anywhere in the zip.
    await zip.inflateRest(read);
    const ctx: SheetContext = { strings: await readSharedStrings(zip), dateStyles: await readDateStyles(zip), date1904, problems: [] };
    const sheets: TableSheet[] = [];
    for (const { name, part } of parts) if (zip.has(part)) sheets.push(await readSheet(zip, name, part, ctx));
    return { sheets, problems: ctx.problems };
  } catch (error) {
    if (error instanceof FileRejected) throw error;
    if (error instanceof TooLarge) throw zipBombRejection(budget);
    if (!zip) throw corruptZipRejection();
    throw new FileRejected(
      "Файл повреждён или не является книгой Excel (.xlsx). Сохраните книгу заново в формате .xlsx.",
      `corrupt (${(error as Error).message})`,
    );
  } finally {
    zip?.close();
  }
}
