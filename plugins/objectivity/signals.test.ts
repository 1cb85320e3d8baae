import { describe, expect, it } from "vitest";
import { generateSchool } from "../../bench/objectivity/generator.js";
import { computeIndicator, scoreComputed } from "../../core/direction/evaluate.js";
import type { ElementValue } from "../../core/direction/types.js";
import { deriveObjectivity } from "./derive.js";
import { vprIndicators } from "./indicators-vpr.js";
import { worksOf } from "./records.js";
import { objectivitySignals } from "./signals.js";

const current = (seed: number, manipulation: "none" | "push" | "journal" | "both") =>
  generateSchool({ seed, manipulation, studentsPerGrade: 60, grades: [5] }).years[0]?.records ?? [];

function explain(code: string, records: ReturnType<typeof current>) {
  const values = new Map<string, ElementValue>();
  for (const [k, v] of Object.entries(deriveObjectivity(records))) if (v !== null) values.set(k, v);
  const indicator = vprIndicators.find((i) => i.code === code);
  if (!indicator) throw new Error(code);
  const computed = computeIndicator({ indicator, context: { kind: "SCHOOL", year: 2025 }, values });
  return scoreComputed({
    computed,
    rule: indicator.rule,
    label: "значение",
    unit: indicator.unit,
    group: [],
    previous: null,
    elementTitle: (c) => c,
  });
}

describe("objectivity signals of one school", () => {
  it("a clean school has no boundary-peak or journal signal, and D5 keeps its points", () => {
    const signals = objectivitySignals({ year: 2025, works: worksOf(current(7, "none")) });
    expect(signals.filter((s) => s.isRaised && s.kind !== "MARK_SHARE_CAP")).toEqual([]);
    expect(signals.filter((s) => s.kind === "BOUNDARY_PEAK")).toHaveLength(2);
    expect(explain("D5.4", current(7, "none")).points).toBe(1);
  });

  it("scores pushed over the boundaries raise a boundary-peak signal with its numbers, named where D5.4 loses its point", () => {
    const records = current(7, "push");
    const peaks = objectivitySignals({ year: 2025, works: worksOf(records) }).filter((s) => s.kind === "BOUNDARY_PEAK" && s.isRaised);
    expect(peaks.length).toBeGreaterThan(0);
    const peak = peaks[0];
    expect(peak).toMatchObject({ grade: 5, sampleSize: 60, reliability: "informative", threshold: 0.05 });
    expect(peak?.explanation).toMatch(/у границы «3» \(\d+ б\.\) \d+ работ при ожидаемых [\d,]+/);
    expect(peak?.explanation).toContain("— сигнал, вывод информативен");
    const d54 = explain("D5.4", records);
    expect(d54.points).toBe(0);
    expect(d54.explanation).toContain("сигналы: 5 кл.");
  });

  it("inflated journal marks raise the «понизили» signal, named where D5.2 loses points", () => {
    const records = current(11, "journal");
    const lowered = objectivitySignals({ year: 2025, works: worksOf(records) }).filter((s) => s.kind === "JOURNAL_LOWERED");
    expect(lowered.every((s) => s.isRaised)).toBe(true);
    expect(lowered[0]?.explanation).toMatch(/понизили \d+ \([\d,]+ %\), подтвердили \d+/);
    const d52 = explain("D5.2", records);
    expect(d52.points).toBeLessThan(2);
    expect(d52.explanation).toContain("не подтвердили (понизили)");
  });

  it("a group of fewer than 20 works is not analysed and never raises a signal", () => {
    const records = current(3, "push").slice(0, 19);
    const peaks = objectivitySignals({ year: 2025, works: worksOf(records) }).filter((s) => s.kind === "BOUNDARY_PEAK");
    expect(peaks).toHaveLength(1);
    expect(peaks[0]).toMatchObject({ reliability: "notAnalysed", isRaised: false, value: null });
    expect(explain("D5.4", records).status).toBe("NOT_APPLICABLE");
  });

  it("the share of «2» dynamics compares with the earlier year", () => {
    const school = generateSchool({ seed: 5, studentsPerGrade: 60, grades: [5] });
    const [now, before] = school.years as [(typeof school.years)[number], (typeof school.years)[number]];
    // Half of the works turned into «2»: a rise far past chance even for two classes of 30.
    const worse = worksOf(now.records).map((w, i) => (i % 2 === 0 ? { ...w, mark: 2 } : w));
    const dynamics = objectivitySignals({ year: 2025, works: worse, earlier: [{ year: 2024, works: worksOf(before.records) }] }).filter(
      (s) => s.kind === "SHARE2_DYNAMICS",
    );
    expect(dynamics.every((s) => s.isRaised && (s.value ?? 0) >= 10)).toBe(true);
    expect(dynamics[0]?.explanation).toMatch(/доля «2» по годам 2024 — [\d,]+ % \(\d+ из 60\), 2025/);
  });
});
