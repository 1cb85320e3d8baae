// The data-entry form's pure model: how a stored value is shown in an input, which typed values
// are sent, and which of the API's problems belong to which element. No React here, so it is
// tested on its own (web/src/forms/element-value.test.ts).

export interface ElementMeta {
  code: string;
  title: string;
  type: string;
  unit: string;
  min?: number | null;
  max?: number | null;
  partOf?: string | null;
  enteredBy: string;
  options: readonly { value: string; label: string }[];
}

export interface StoredValue {
  element: string;
  value: string | null;
  comment: string | null;
  enteredAt: string | null;
}

/** What the user has typed for one element: the input's text and the comment. */
export interface Draft {
  text: string;
  comment: string;
}

const NUMERIC = new Set(["integer", "number", "percent"]);

export const isNumeric = (element: ElementMeta): boolean => NUMERIC.has(element.type);

/** Stored canonical text → what the input shows: «12,5» with a decimal comma, years as is
 *  (no thousands separator anywhere: the field shows what the user would type). */
export function inputText(element: ElementMeta, stored: string | null | undefined): string {
  if (stored === null || stored === undefined) return "";
  if (isNumeric(element)) return stored.replace(".", ",");
  return stored;
}

/** Stored canonical text → a read-only display: «да»/«нет», the option's label, the number with a comma. */
export function displayValue(element: ElementMeta, stored: string | null | undefined): string {
  if (stored === null || stored === undefined || stored === "") return "—";
  if (element.type === "boolean") return stored === "true" ? "да" : stored === "false" ? "нет" : stored;
  if (element.type === "level") return element.options.find((o) => o.value === stored)?.label ?? stored;
  if (isNumeric(element)) return `${stored.replace(".", ",")}${element.unit && element.unit !== "%" ? ` ${element.unit}` : element.unit}`;
  return stored;
}

export interface ValueChange {
  element: string;
  value: string | null;
  comment: string | null;
  expectedEnteredAt: string | null;
}

/** The edits to send: only elements whose text or comment differ from what is stored; an emptied
 *  input clears the value. Carries the version the editor saw, so a concurrent edit is refused. */
export function changedValues(
  elements: readonly ElementMeta[],
  stored: ReadonlyMap<string, StoredValue>,
  drafts: Readonly<Record<string, Draft>>,
): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const element of elements) {
    const draft = drafts[element.code];
    if (!draft) continue;
    const current = stored.get(element.code);
    const text = draft.text.trim();
    const comment = draft.comment.trim();
    const sameText = text === inputText(element, current?.value).trim();
    const sameComment = comment === (current?.comment ?? "").trim();
    if (sameText && sameComment) continue;
    if (text === "" && !current) continue;
    changes.push({
      element: element.code,
      value: text === "" ? null : text,
      comment: comment || null,
      expectedEnteredAt: current?.enteredAt ?? null,
    });
  }
  return changes;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The API's refusal split by element (`extensions.problems[].field`); what belongs to no element
 *  of the form stays in `general`. */
export function problemsByElement(
  errors: readonly GraphQLErrorLike[],
  codes: ReadonlySet<string>,
): { byElement: Record<string, string>; general: string[] } {
  const byElement: Record<string, string> = {};
  const general: string[] = [];
  for (const error of errors) {
    const problems = (error.extensions?.problems ?? []) as { field?: string; message: string }[];
    const placed = problems.filter((p) => p.field && codes.has(p.field));
    for (const p of placed) {
      // beside its field the message needs no «Элемент «…» (code):» prefix naming it again
      const text = p.message.replace(/^Элемент «[^»]*» \([^)]*\): /, "");
      const field = p.field as string;
      byElement[field] = byElement[field] ? `${byElement[field]} ${text}` : text;
    }
    if (placed.length === 0 || placed.length < problems.length) {
      const rest = problems.filter((p) => !(p.field && codes.has(p.field)));
      general.push(rest.length ? rest.map((p) => p.message).join(" ") : error.message);
    }
  }
  return { byElement, general };
}

/** «Не больше, чем …» when a part exceeds its whole by what is typed or stored, else null. */
export function partWholeHint(
  element: ElementMeta,
  elements: ReadonlyMap<string, ElementMeta>,
  currentText: (code: string) => string,
): string | null {
  if (!element.partOf) return null;
  const whole = elements.get(element.partOf);
  if (!whole) return null;
  const part = parseNumber(currentText(element.code));
  const total = parseNumber(currentText(whole.code));
  const base = `Не больше, чем «${whole.title}»`;
  if (part === null || total === null) return `${base}.`;
  return part > total ? `${base} (${String(total).replace(".", ",")}): сейчас больше.` : null;
}

/** «1 234,5» → 1234.5, as the server reads it; null when not a number. */
export function parseNumber(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(",", ".")
    .replace("−", "-");
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}
