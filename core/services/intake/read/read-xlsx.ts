// .xlsx → sheets of plain values. Formulas are read by their cached result; a formula without one
// is reported (the value the user saw is unknown).
import ExcelJS from "exceljs";
import { type CellValue, columnLetter, FileRejected, type ImportProblem, type TableSheet } from "./types.js";

function plain(value: ExcelJS.CellValue, at: string, problems: ImportProblem[], row: number): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null || (typeof result === "object" && "error" in result)) {
        problems.push({
          row,
          column: at,
          message: `В ячейке ${at} формула без вычисленного значения: откройте файл в Excel или LibreOffice, пересчитайте и сохраните.`,
        });
        return null;
      }
      return plain(result as ExcelJS.CellValue, at, problems, row);
    }
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) {
      problems.push({ row, column: at, message: `В ячейке ${at} ошибка ${value.error}.` });
      return null;
    }
  }
  return String(value);
}

export async function readXlsx(bytes: Buffer): Promise<{ sheets: TableSheet[]; problems: ImportProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new FileRejected(
      "Файл повреждён или не является книгой Excel (.xlsx). Сохраните книгу заново в формате .xlsx.",
      `corrupt (${(error as Error).message})`,
    );
  }
  const problems: ImportProblem[] = [];
  const sheets = workbook.worksheets.map((sheet) => {
    const rows: CellValue[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = plain(cell.value, `${columnLetter(col)}${rowNumber}`, problems, rowNumber);
      });
      rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
    });
    const merges = Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges ?? {}).map((key) => {
      const range = (sheet as unknown as { _merges: Record<string, { range?: string; shortRange?: string }> })._merges[key];
      return range?.shortRange ?? range?.range ?? key;
    });
    return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []), merges };
  });
  return { sheets, problems };
}
