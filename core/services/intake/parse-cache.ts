// The usual flow is a dry run, then a commit of the same file: the commit reuses what the dry run
// read (reading a 100 000-row workbook takes seconds; writing it, a fraction of that). One entry per
// process, a few minutes long; a miss (another instance, expiry) only means reading again.
import type { ParsedImport } from "../../direction/import/format.js";
import type { ImportProblem } from "../../direction/import/table.js";

const TTL_MS = 10 * 60_000;

interface Entry {
  key: string;
  parsed: ParsedImport;
  readProblems: ImportProblem[];
  /** Source rows as they will be stored, filled on first use. */
  encoded?: { organizationId: number; data: string }[];
  expires: number;
}

let entry: Entry | null = null;

export const parseCacheKey = (args: { sha256: string; kind: string; cycleId: number | null; organizationsVersion: string }) =>
  `${args.cycleId}|${args.kind}|${args.sha256}|${args.organizationsVersion}`;

export function cachedParse(key: string): Entry | null {
  if (!entry || entry.key !== key || entry.expires < Date.now()) return null;
  return entry;
}

export function rememberParse(key: string, parsed: ParsedImport, readProblems: ImportProblem[]): void {
  entry = { key, parsed, readProblems, expires: Date.now() + TTL_MS };
}

export function forgetParse(key: string): void {
  if (entry?.key === key) entry = null;
}
