// The contract every plugin's examples must keep: inputs → value → points, run through the same
// evaluation the scoring service uses.
import { computeIndicator, numericValue, scoreComputed } from "./evaluate.js";
import type { Registry } from "./registry.js";
import { ruleMaxPoints } from "./rules.js";
import type { ElementValue, IndicatorDefinition, IndicatorExample } from "./types.js";

export interface ExampleOutcome {
  status: "SCORED" | "MISSING" | "NOT_APPLICABLE";
  value: unknown;
  points: number | null;
  explanation: string;
}

export function runExample(indicator: IndicatorDefinition, example: IndicatorExample): ExampleOutcome {
  const values = new Map<string, ElementValue>();
  for (const [code, value] of Object.entries(example.inputs)) if (value !== null) values.set(code, value);
  const kind = example.kind ?? indicator.appliesTo[0] ?? "SCHOOL";
  const computed = computeIndicator({ indicator, context: { kind, year: 2025 }, values });
  const own = computed.status === "SCORED" ? numericValue(computed.value) : null;
  // The example's group lists the other organizations; the engine's group includes this one too.
  const group = [...(example.group ?? []), ...(own === null ? [] : [own])];
  const scored = scoreComputed({
    computed,
    rule: indicator.rule,
    label: indicator.valueLabel ?? "значение",
    unit: indicator.unit,
    group,
    previous: example.previous ?? null,
    elementTitle: (code) => code,
  });
  return { status: scored.status, value: scored.value, points: scored.points, explanation: scored.explanation };
}

const isClose = (a: unknown, b: unknown) => (typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 0.051 : a === b);

/** Every example that does not give what it promises, described for the plugin author. */
export function exampleFailures(registry: Registry): string[] {
  const failures: string[] = [];
  for (const direction of registry.directions) {
    for (const indicator of direction.indicators) {
      const max = ruleMaxPoints(indicator.rule);
      for (const example of indicator.examples) {
        const at = `[direction:${direction.id}] ${indicator.code} «${example.title}»`;
        let outcome: ExampleOutcome;
        try {
          outcome = runExample(indicator, example);
        } catch (error) {
          failures.push(`${at}: compute threw ${(error as Error).message}`);
          continue;
        }
        const expected = example.expected;
        const status = expected.status ?? "SCORED";
        if (outcome.status !== status) failures.push(`${at}: status ${outcome.status} (${outcome.explanation}), expected ${status}`);
        if (expected.value !== undefined && !isClose(outcome.value, expected.value)) {
          failures.push(`${at}: value ${JSON.stringify(outcome.value)}, expected ${JSON.stringify(expected.value)}`);
        }
        if (expected.points !== undefined && !isClose(outcome.points, expected.points)) {
          failures.push(`${at}: points ${outcome.points} (${outcome.explanation}), expected ${expected.points}`);
        }
        if (outcome.points !== null && outcome.points > max)
          failures.push(`${at}: points ${outcome.points} exceed the rule maximum ${max}`);
      }
    }
  }
  return failures;
}
