// The plugin API of file imports: an import format is a value, like a direction. The core lists
// its own formats, a direction may contribute more (`importFormats`); all are validated at start-up
// and the GraphQL enum ImportKind and the web client's list are derived from them.
import type { Prisma } from "../../generated/prisma/client.js";
import type { Registry } from "../registry.js";
import type { DataSourceDefinition, ElementValue } from "../types.js";
import type { OrganizationIndex } from "./organizations.js";
import type { ImportProblem, ReadTable } from "./table.js";

/** A value for one element of one organization, as the file spells it. */
export interface ParsedValue {
  organizationId: number;
  element: string;
  raw: string;
  row: number;
  column: string;
}

/** A source row kept as imported (one student's ВПР work); sources derive values from them. */
export interface ParsedRecord<R = unknown> {
  organizationId: number;
  data: R;
  row: number;
}

export interface ParsedImport<R = unknown> {
  /** A re-import of the same scope replaces the previous batch of that scope. */
  scope: string;
  rowsTotal: number;
  values: ParsedValue[];
  records: ParsedRecord<R>[];
  problems: ImportProblem[];
}

export interface FormatContext {
  registry: Registry;
  organizations: OrganizationIndex;
}

/** How a record-based format's rows are stored as text (the core gzips large ones). */
export interface RecordCodec<R> {
  encode(records: readonly R[]): string;
  decode(text: string): R[];
}

/** What a format that fills no cycle writes itself, inside the import's transaction. */
export interface StandaloneImport<R> {
  tx: Prisma.TransactionClient;
  /** The registered directions: for a format that writes element values of cycles too. */
  registry: Registry;
  parsed: ParsedImport<R>;
  municipalityId: number;
  actorId: number | null;
}

export interface ImportFormatDefinition<R = unknown> {
  /** Stable kind, stored with every batch and a value of the GraphQL enum `ImportKind`:
   *  upper snake case, e.g. `VPR_RESULTS`. */
  kind: string;
  /** Russian name in the list of imports, e.g. «ВПР: «Индивидуальные результаты» ФИС ОКО». */
  title: string;
  /** An import fills one monitoring cycle and needs its `cycleId`. A format that fills no cycle
   *  (the organization registry) sets `false` and writes what it read in `apply`. @default true */
  cycleBound?: boolean;
  /** Recognizes a file of this format: when the operator picked another kind, the error names this one.
   *  @default the format is never suggested */
  detect?(table: ReadTable): boolean;
  /** Reads the file into element values or source records, with a problem per bad cell.
   *  Throws `FileRejected` when the whole file is unusable. */
  read(table: ReadTable, context: FormatContext): ParsedImport<R>;
  /** Record-based formats keep their rows (sources `derive` element values from all of an
   *  organization's rows); the codec stores them as text. @default none: the format yields values */
  codec?: RecordCodec<R>;
  /** Formats with `cycleBound: false` only: writes what was read on commit; returns the number of
   *  changed entities for the audit. */
  apply?(args: StandaloneImport<R>): Promise<number>;
}

/** Identity helper: type checking for format authors; `R` is the record type `derive` receives. */
export const defineImportFormat = <R = never>(format: ImportFormatDefinition<R>): ImportFormatDefinition<R> => format;

/** Plain JSON storage of records: enough unless rows repeat a lot (see the ВПР codec). */
export const jsonCodec = <R>(): RecordCodec<R> => ({
  encode: (records) => JSON.stringify(records),
  decode: (text) => JSON.parse(text) as R[],
});

type ImportSourceFields<R> = Omit<DataSourceDefinition, "kind" | "importKind" | "derive"> & {
  /** This source's element values for one organization, derived from all of its records of the cycle.
   *  `null` leaves an element unset. Only for record-based formats (with a `codec`). */
  derive?(records: readonly R[]): Record<string, ElementValue | null>;
};

/** A data source filled by importing files of `format`; `derive` is typed by the format's records. */
export function defineImportSource<R>(format: ImportFormatDefinition<R>, source: ImportSourceFields<R>): DataSourceDefinition {
  return { ...source, kind: "import", importKind: format.kind };
}
