// Shared sheet conventions: a bold frozen header row with an autofilter, Russian number formats,
// and text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) kept as a string cell.
import type { Workbook, Worksheet } from "exceljs";

export interface Column {
  header: string;
  width: number;
  /** exceljs number format, e.g. "0.0" (shown with the reader's decimal comma). */
  format?: string;
}

export function addTable(
  workbook: Workbook,
  name: string,
  columns: Column[],
  rows: (string | number | boolean | Date | null)[][],
): Worksheet {
  // Sheet names: at most 31 characters, none of []:*?/\
  const sheet = workbook.addWorksheet(name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.format ? { style: { numFmt: c.format } } : {}) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7ECF2" } };
  for (const values of rows) {
    // Strings always become string cells (t="s"), never formulas: a value like "=HYPERLINK(…)"
    // planted in an organization's name stays inert text (tests/reports.test.ts reads it back).
    sheet.addRow(values.map((v) => (typeof v === "boolean" ? (v ? "да" : "нет") : v)));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}
