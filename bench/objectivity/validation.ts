// Validation of the objectivity signals on synthetic schools: the false-positive rate of every
// signal (and of D5) on clean schools, the detection rate on schools with planted manipulation.
import { computeIndicator, scoreComputed } from "../../core/direction/evaluate.js";
import { ruleMaxPoints } from "../../core/direction/rules.js";
import type { ElementValue } from "../../core/direction/types.js";
import { deriveObjectivity } from "../../plugins/objectivity/derive.js";
import { vprIndicators } from "../../plugins/objectivity/indicators-vpr.js";
import { worksOf } from "../../plugins/objectivity/records.js";
import { objectivitySignals, type SignalKind } from "../../plugins/objectivity/signals.js";
import { generateSchool, type Manipulation, type SchoolOptions } from "./generator.js";

export const SIGNAL_KINDS: readonly SignalKind[] = [
  "JOURNAL_LOWERED",
  "JOURNAL_GAPS2",
  "BOUNDARY_PEAK",
  "SHARE2_DYNAMICS",
  "MARK_SHARE_CAP",
];

export interface RateSet {
  schools: number;
  /** Share of schools with the signal raised in at least one grade and subject, %. */
  bySignal: Record<SignalKind, number>;
  /** Share of schools with a D5-read signal raised (journal, gaps, peaks), %. */
  d5Signal: number;
  /** Share of schools below the maximum of D5.2–D5.4 (any point lost, for any reason), %. */
  d5PointsLost: number;
}

/** Points lost in D5.2–D5.4 for one school's records, through the same evaluation as scoring. */
function d5PointsLost(records: Parameters<typeof deriveObjectivity>[0]): boolean {
  const values = new Map<string, ElementValue>();
  for (const [k, v] of Object.entries(deriveObjectivity(records))) if (v !== null) values.set(k, v);
  return vprIndicators.some((indicator) => {
    const computed = computeIndicator({ indicator, context: { kind: "SCHOOL", year: 2025 }, values });
    const scored = scoreComputed({
      computed,
      rule: indicator.rule,
      label: "",
      unit: indicator.unit,
      group: [],
      previous: null,
      elementTitle: (c) => c,
    });
    return scored.points !== null && scored.points < ruleMaxPoints(indicator.rule);
  });
}

export function rates(args: { schools: number; seed: number; manipulation: Manipulation; options?: Partial<SchoolOptions> }): RateSet {
  const raised = Object.fromEntries(SIGNAL_KINDS.map((k) => [k, 0])) as Record<SignalKind, number>;
  let d5Signal = 0;
  let d5Lost = 0;
  for (let i = 0; i < args.schools; i++) {
    const school = generateSchool({ ...args.options, seed: args.seed + i, manipulation: args.manipulation });
    const [current, previous] = school.years as [SchoolOptions & { year: number; records: never[] }, { year: number; records: never[] }];
    const signals = objectivitySignals({
      year: current.year,
      works: worksOf(current.records),
      earlier: [{ year: previous.year, works: worksOf(previous.records) }],
    });
    const kinds = new Set(signals.filter((s) => s.isRaised).map((s) => s.kind));
    for (const k of kinds) raised[k]++;
    if (kinds.has("JOURNAL_LOWERED") || kinds.has("JOURNAL_GAPS2") || kinds.has("BOUNDARY_PEAK")) d5Signal++;
    if (d5PointsLost(current.records)) d5Lost++;
  }
  const rate = (n: number) => Math.round((1000 * n) / args.schools) / 10;
  return {
    schools: args.schools,
    bySignal: Object.fromEntries(SIGNAL_KINDS.map((k) => [k, rate(raised[k])])) as Record<SignalKind, number>,
    d5Signal: rate(d5Signal),
    d5PointsLost: rate(d5Lost),
  };
}

export interface ValidationReport {
  clean: RateSet;
  planted: Record<Exclude<Manipulation, "none">, RateSet>;
  /** Scores pushed in the previous year only, objective now: what «2» dynamics should see. */
  pushedBefore?: RateSet;
  /** Half-strength manipulation (40 % of works pushed, 25 % of journal marks raised): where the
   *  signals start to miss. */
  weaker?: Record<Exclude<Manipulation, "none">, RateSet>;
}

/** The bench's figures: `clean` schools of 1–4 classes per grade, planted schools with 60 works per
 *  grade and subject. */
export function validate(args: { clean: number; planted: number; seed?: number; withWeaker?: boolean }): ValidationReport {
  const seed = args.seed ?? 1;
  const planted = (options: Partial<SchoolOptions>, offset: number) => ({
    push: rates({ schools: args.planted, seed: seed + offset + 100_000, manipulation: "push", options }),
    journal: rates({ schools: args.planted, seed: seed + offset + 200_000, manipulation: "journal", options }),
    both: rates({ schools: args.planted, seed: seed + offset + 300_000, manipulation: "both", options }),
  });
  return {
    clean: rates({ schools: args.clean, seed, manipulation: "none" }),
    planted: planted({ studentsPerGrade: 60 }, 0),
    pushedBefore: rates({
      schools: args.planted,
      seed: seed + 400_000,
      manipulation: "push",
      options: { studentsPerGrade: 60, manipulatedYear: "previous" },
    }),
    ...(args.withWeaker ? { weaker: planted({ studentsPerGrade: 60, pushShare: 0.4, inflateShare: 0.25 }, 1_000_000) } : {}),
  };
}

/** One line per set of schools for the console. */
export function validationTable(report: ValidationReport) {
  const line = (name: string, r: RateSet) => ({
    schools: name,
    n: r.schools,
    ...r.bySignal,
    d5Signal: r.d5Signal,
    d5PointsLost: r.d5PointsLost,
  });
  return [
    line("clean (FPR %)", report.clean),
    ...Object.entries(report.planted).map(([k, r]) => line(`planted ${k} (detection %)`, r)),
    ...(report.pushedBefore ? [line("pushed the year before (detection %)", report.pushedBefore)] : []),
    ...Object.entries(report.weaker ?? {}).map(([k, r]) => line(`weaker ${k} (detection %)`, r)),
  ];
}
