// Pure evaluation of one indicator for one organization: value, status, points, explanation.
// The scoring service and the contract test over all plugins' examples both use it.
import { isNotApplicable, isNoted } from "./define.js";
import { formatNumber } from "./format.js";
import type { Rule } from "./rule-types.js";
import { applyRule, type ScoredValue } from "./rules.js";
import type { ComputeContext, DataElementDefinition, ElementValue, IndicatorDefinition, IndicatorInputs } from "./types.js";

export type ComputedIndicator =
  | { status: "SCORED"; value: ScoredValue; note?: string }
  | { status: "MISSING"; missing: string[] }
  | { status: "NOT_APPLICABLE"; reason: string };

class MissingInput {
  constructor(readonly code: string) {}
}

function makeInputs(indicator: IndicatorDefinition, values: ReadonlyMap<string, ElementValue>): IndicatorInputs {
  const read = (code: string): ElementValue | undefined => {
    if (!indicator.elements.includes(code)) {
      throw new Error(`indicator "${indicator.code}" reads "${code}" but does not list it in elements`);
    }
    return values.get(code);
  };
  const required = (code: string) => {
    const v = read(code);
    if (v === undefined) throw new MissingInput(code);
    return v;
  };
  return {
    number: (code) => Number(required(code)),
    boolean: (code) => required(code) === true,
    text: (code) => String(required(code)),
    optionalNumber: (code) => {
      const v = read(code);
      return v === undefined ? null : Number(v);
    },
    has: (code) => read(code) !== undefined,
  };
}

export function computeIndicator(args: {
  indicator: IndicatorDefinition;
  context: ComputeContext;
  values: ReadonlyMap<string, ElementValue>;
}): ComputedIndicator {
  const { indicator, context, values } = args;
  try {
    const computed = indicator.compute({ inputs: makeInputs(indicator, values), context });
    const result = isNoted(computed) ? computed.value : computed;
    const note = isNoted(computed) && computed.note ? { note: computed.note } : {};
    if (isNotApplicable(result)) return { status: "NOT_APPLICABLE", reason: result.notApplicable };
    if (typeof result === "number" && !Number.isFinite(result)) {
      return { status: "NOT_APPLICABLE", reason: "значение не определено (деление на ноль)" };
    }
    return { status: "SCORED", value: result, ...note };
  } catch (error) {
    if (error instanceof MissingInput) {
      const missing = indicator.elements.filter((code) => values.get(code) === undefined);
      return { status: "MISSING", missing: missing.length ? missing : [error.code] };
    }
    throw error;
  }
}

/** Numeric form of a value for group statistics and history; null for levels and counts. */
export function numericValue(value: ScoredValue): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return null;
}

/** Text form of a value for display: levels by their label, counts by their parts' labels. */
export function displayValue(value: ScoredValue, rule?: Rule): string {
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "да" : "нет";
  if (typeof value === "string") {
    return (rule?.type === "level" ? rule.levels.find((l) => l.value === value)?.label : undefined) ?? (value === "none" ? "нет" : value);
  }
  const labels = rule?.type === "perUnit" ? rule.parts : [];
  return Object.entries(value)
    .map(([k, v]) => `${labels.find((p) => p.key === k)?.label ?? k}: ${formatNumber(v)}`)
    .join("; ");
}

export interface IndicatorScoreResult {
  status: "SCORED" | "MISSING" | "NOT_APPLICABLE";
  value: ScoredValue | null;
  points: number | null;
  explanation: string;
  mean?: number;
}

export function scoreComputed(args: {
  computed: ComputedIndicator;
  rule: Rule;
  label: string;
  unit: string;
  group: readonly number[];
  previous: number | null;
  /** Why no comparison with the previous cycle is fair (a merge, a split): dynamics are not applicable. */
  comparisonBreak?: string | null;
  elementTitle(code: string): string;
}): IndicatorScoreResult {
  const { computed } = args;
  if (computed.status === "MISSING") {
    const names = computed.missing.map((c) => `«${args.elementTitle(c)}»`).join(", ");
    return { status: "MISSING", value: null, points: null, explanation: `нет данных: ${names}` };
  }
  if (computed.status === "NOT_APPLICABLE") {
    return { status: "NOT_APPLICABLE", value: null, points: null, explanation: `не применимо: ${computed.reason}` };
  }
  if (args.rule.type === "dynamics" && args.comparisonBreak) {
    return { status: "NOT_APPLICABLE", value: computed.value, points: null, explanation: `не применимо: ${args.comparisonBreak}` };
  }
  if (args.rule.type === "dynamics" && args.previous === null) {
    return { status: "NOT_APPLICABLE", value: computed.value, points: null, explanation: "не применимо: нет значения за прошлый год" };
  }
  const outcome = applyRule({
    rule: args.rule,
    value: computed.value,
    label: args.label,
    context: { group: args.group, previous: args.previous, unit: args.unit },
  });
  const explanation = computed.note ? `${outcome.explanation}; ${computed.note}` : outcome.explanation;
  return { status: "SCORED", value: computed.value, points: outcome.points, explanation, mean: outcome.mean };
}

export const elementTitleLookup =
  (elements: (code: string) => DataElementDefinition | undefined) =>
  (code: string): string =>
    elements(code)?.title ?? code;
