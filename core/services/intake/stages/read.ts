// Stage «read»: the bytes of a file → sheets of plain values (streamed for .xlsx), with the problems
// of single cells. A file that cannot be read at all throws FileRejected.
import { createHash } from "node:crypto";
import { readTable } from "../read/read-table.js";
import type { ImportProblem, ReadLimits, ReadTable } from "../read/types.js";

export interface ReadResult {
  table: ReadTable;
  problems: ImportProblem[];
}

export const fileDigest = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

export function readStage(args: { fileName: string; bytes: Buffer; limits?: ReadLimits }): Promise<ReadResult> {
  return readTable(args);
}
