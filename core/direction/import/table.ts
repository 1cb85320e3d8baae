// A spreadsheet as the import formats see it, whatever file it came from.

export type CellValue = string | number | boolean | Date | null;

export interface TableSheet {
  name: string;
  /** rows[i] is spreadsheet row i + 1; cells[j] is column j + 1. */
  rows: CellValue[][];
  /** Merged ranges in A1 notation ("B3:B4"). */
  merges: string[];
}

export interface ReadTable {
  format: "xlsx" | "csv";
  sheets: TableSheet[];
}

export interface ImportProblem {
  /** 1-based row as the spreadsheet shows it. */
  row?: number;
  /** Column header or element code. */
  column?: string;
  message: string;
}

/** The whole file cannot be read: one Russian message for the user. */
export class FileRejected extends Error {
  constructor(
    readonly userMessage: string,
    readonly reason: string,
  ) {
    super(`${reason}: ${userMessage}`);
    this.name = "FileRejected";
  }
}

/** Column letters for messages: 1 → A, 28 → AB. */
export function columnLetter(index: number): string {
  let n = index;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
