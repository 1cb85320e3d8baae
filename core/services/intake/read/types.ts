// Reading limits. The table types belong to the plugin API (formats read them); re-exported for the readers.
export {
  type CellValue,
  columnLetter,
  FileRejected,
  type ImportProblem,
  type ReadTable,
  type TableSheet,
} from "../../../direction/import/table.js";

export interface ReadLimits {
  /** Largest accepted file, bytes. */
  maxBytes: number;
  /** Largest uncompressed .xlsx content, bytes. */
  maxUnzippedBytes: number;
  /** Largest uncompressed / compressed ratio of an .xlsx. */
  maxRatio: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 20 * 1024 * 1024, maxUnzippedBytes: 200 * 1024 * 1024, maxRatio: 100 };

/** «20 МБ», «512 КБ»: sizes in limits and messages. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} МБ`.replace(".", ",")
    : `${Math.max(1, Math.round(bytes / 1024))} КБ`;
}
