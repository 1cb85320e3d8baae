// A document as plain blocks, rendered to DOCX (docx-render.ts) and, where LibreOffice is absent,
// straight to PDF (pdf-render.ts): one description of each report, two outputs that agree.
export type Block =
  | { kind: "heading"; text: string; level?: 1 | 2 }
  | { kind: "paragraph"; text: string; isBold?: boolean }
  | { kind: "note"; text: string }
  | { kind: "bullets"; items: string[] }
  | { kind: "table"; header: string[]; rows: (string | number | null)[][]; widths?: number[] }
  | { kind: "image"; png: Uint8Array; width: number; height: number; caption?: string };

export interface ReportDocument {
  /** Who issues it: the title block's upper line (the municipality's education authority). */
  issuer: string;
  title: string;
  subtitle: string;
  /** "Сформировано dd.MM.yyyy" and similar lines under the title. */
  meta: string[];
  blocks: Block[];
  /** Signature lines at the end. */
  signatures: string[];
}

/** Russian number formatting for document text: decimal comma, one digit. */
export const num = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined
    ? "—"
    : value.toLocaleString("ru-RU", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const percent = (value: number | null | undefined): string => (value === null || value === undefined ? "—" : `${num(value)} %`);

const DATE = new Intl.DateTimeFormat("ru-RU", { timeZone: "Asia/Yekaterinburg", day: "2-digit", month: "2-digit", year: "numeric" });
export const formatDate = (value: Date | string | null | undefined): string => (value ? DATE.format(new Date(value)) : "—");

export const LEVEL_NAMES: Record<string, string> = { HIGH: "высокий", MEDIUM: "средний", LOW: "низкий" };
export const KIND_TITLES: Record<string, string> = {
  SCHOOL: "Общеобразовательные организации",
  PRESCHOOL: "Дошкольные образовательные организации",
  ADDITIONAL: "Организации дополнительного образования",
};
export const RECOMMENDATION_STATUS_NAMES: Record<string, string> = {
  DRAFT: "черновик",
  APPROVED: "утверждена",
  SENT: "направлена",
  ACKNOWLEDGED: "получена руководителем",
  IN_PROGRESS: "выполняется",
  DONE: "выполнена",
};
