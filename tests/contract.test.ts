// One contract test over all directions: the catalogue of methodology.md §4 is complete, every
// plugin validates, and every example reproduces its published rule through the scoring engine.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runExample } from "../core/direction/contract.js";
import { createRegistry } from "../core/direction/registry.js";
import { ruleMaxPoints } from "../core/direction/rules.js";
import { directions } from "../plugins/index.js";

const CATALOGUE: Record<string, number> = { D1: 5, D2: 8, D3: 13, D4: 6, D5: 5, D6: 7, D7: 6, D8: 4, D9: 3 };
const VPR_DERIVED = ["D3.1", "D3.2", "D3.3", "D3.7"];
const registry = createRegistry(directions);

test("D1…D9 with every default indicator of the methodology under its code", () => {
  expect(registry.directions.map((d) => d.code)).toEqual(Object.keys(CATALOGUE));
  for (const [code, count] of Object.entries(CATALOGUE)) {
    const expected = Array.from({ length: count }, (_, i) => `${code}.${i + 1}`);
    expect(registry.direction(code)?.indicators.map((i) => i.code)).toEqual(expected);
  }
});

test("ВПР-derived indicators stay out of the rating by default", () => {
  for (const code of VPR_DERIVED) expect(registry.indicator(code)?.indicator.usedInRating).toBe(false);
});

describe.each(registry.directions.map((d) => [d.code, d] as const))("%s", (_code, direction) => {
  test("has a README that names its indicators and sources", () => {
    const readme = path.resolve(import.meta.dirname, "../plugins", direction.id, "README.md");
    expect(existsSync(readme)).toBe(true);
    const text = readFileSync(readme, "utf8");
    for (const indicator of direction.indicators) expect(text).toContain(indicator.code);
  });

  test.each(direction.indicators.map((i) => [i.code, i] as const))("%s: elements, recommendations, examples", (_c, indicator) => {
    expect(indicator.elements.length).toBeGreaterThan(0);
    expect(indicator.recommendations.length).toBeGreaterThan(0);
    expect(ruleMaxPoints(indicator.rule)).toBeGreaterThan(0);
    for (const example of indicator.examples) {
      const outcome = runExample(indicator, example);
      expect({ title: example.title, status: outcome.status }).toEqual({
        title: example.title,
        status: example.expected.status ?? "SCORED",
      });
      if (example.expected.points !== undefined)
        expect(outcome.points, `${example.title}: ${outcome.explanation}`).toBeCloseTo(example.expected.points, 2);
      if (typeof example.expected.value === "number") expect(outcome.value as number).toBeCloseTo(example.expected.value, 1);
      else if (example.expected.value !== undefined) expect(outcome.value).toEqual(example.expected.value);
      expect(outcome.explanation.length).toBeGreaterThan(5);
    }
  });
});
