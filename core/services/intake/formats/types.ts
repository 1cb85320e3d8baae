import type { Registry } from "../../../direction/registry.js";
import type { OrganizationIndex } from "../organization-index.js";
import type { ImportProblem, ReadTable } from "../read/types.js";

export interface ParsedValue {
  organizationId: number;
  element: string;
  raw: string;
  row: number;
  column: string;
}

export interface ParsedRecord {
  organizationId: number;
  data: unknown;
  row: number;
}

export interface ParsedImport {
  /** A re-import of the same scope replaces the previous batch of that scope. */
  scope: string;
  rowsTotal: number;
  values: ParsedValue[];
  records: ParsedRecord[];
  problems: ImportProblem[];
}

export interface FormatContext {
  registry: Registry;
  organizations: OrganizationIndex;
}

export type FormatReader = (table: ReadTable, context: FormatContext) => ParsedImport;
