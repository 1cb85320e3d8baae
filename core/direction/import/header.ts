// Finding a header row by the titles it must contain, and the organization columns in it.

import { cellText, isEmptyRow, normalize } from "./cells.js";
import { describeReference, type KnownOrganization, type OrganizationIndex } from "./organizations.js";
import { type CellValue, columnLetter, type ImportProblem, type TableSheet } from "./table.js";

export interface Header {
  /** 0-based index of the header row. */
  index: number;
  /** normalized title → 0-based column */
  columns: Map<string, number>;
  titles: string[];
}

export function findHeader(sheet: TableSheet, isHeader: (titles: string[]) => boolean, searchRows = 15): Header | null {
  for (let i = 0; i < Math.min(searchRows, sheet.rows.length); i++) {
    const titles = (sheet.rows[i] ?? []).map((c) => normalize(cellText(c)));
    if (isHeader(titles)) {
      const columns = new Map<string, number>();
      titles.forEach((t, j) => {
        if (t && !columns.has(t)) columns.set(t, j);
      });
      return { index: i, columns, titles };
    }
  }
  return null;
}

/** The first column whose normalized title matches. */
export function column(header: Header, ...patterns: RegExp[]): number | undefined {
  for (const pattern of patterns) {
    const index = header.titles.findIndex((t) => pattern.test(t));
    if (index >= 0) return index;
  }
  return undefined;
}

export interface OrganizationColumns {
  login?: number;
  inn?: number;
  name?: number;
}

export function organizationColumns(header: Header): OrganizationColumns {
  return {
    login: column(header, /^логин/, /^login$/, /^оо$/),
    inn: column(header, /^инн/, /^inn$/),
    name: column(header, /^наименование/, /^название оо/, /^организация$/, /^name$/),
  };
}

export function organizationReference(row: readonly CellValue[], columns: OrganizationColumns) {
  const at = (i: number | undefined) => (i === undefined ? undefined : cellText(row[i]) || undefined);
  return { login: at(columns.login), inn: at(columns.inn), name: at(columns.name) };
}

export const columnName = (header: Header, index: number): string => header.titles[index] || columnLetter(index + 1);

/** The non-empty rows below a header with the organization each names; unknown ones become problems. */
export function rowsWithOrganizations(args: {
  sheet: TableSheet;
  header: Header;
  columns: OrganizationColumns;
  organizations: OrganizationIndex;
  problems: ImportProblem[];
}): { rowsTotal: number; rows: { index: number; row: CellValue[]; organization: KnownOrganization }[] } {
  const rows: { index: number; row: CellValue[]; organization: KnownOrganization }[] = [];
  let rowsTotal = 0;
  for (let i = args.header.index + 1; i < args.sheet.rows.length; i++) {
    const row = args.sheet.rows[i] ?? [];
    if (isEmptyRow(row)) continue;
    rowsTotal++;
    const reference = organizationReference(row, args.columns);
    const organization = args.organizations.find(reference);
    if (organization) rows.push({ index: i, row, organization });
    else args.problems.push({ row: i + 1, message: `Строка ${i + 1}: организация не найдена (${describeReference(reference)}).` });
  }
  return { rowsTotal, rows };
}
