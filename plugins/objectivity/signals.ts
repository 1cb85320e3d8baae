// The objectivity signals of one organization in one year, per grade and subject (and class for
// mark-share limits): numbers, threshold, sample size, reliability and a Russian sentence each.
// Tests within one organization and year are corrected together (Holm), so that a school with
// many classes is not flagged more often only for having more of them.
import { formatNumber } from "../../core/direction/format.js";
import { type BoundaryPeakResult, boundaryPeakTest } from "./stats/boundary-peaks.js";
import { compareWithJournal, GAPS2_THRESHOLD, type JournalComparison, type JournalShares, LOWERED_THRESHOLD } from "./stats/journal.js";
import { classMarkShares, DEFAULT_MARK_SHARE_LIMITS, type MarkShareLimits } from "./stats/mark-share-caps.js";
import { holm } from "./stats/probability.js";
import { RELIABILITY_LABELS, type Reliability } from "./stats/reliability.js";
import { SHARE2_RISE_THRESHOLD, type Share2Dynamics, share2Dynamics, share2Of, type YearShare2 } from "./stats/share2-dynamics.js";
import { byGradeAndSubject, type Work } from "./stats/works.js";

/** Family-wise error rate of the tests of one organization and year. */
export const SIGNAL_ALPHA = 0.05;

export type SignalKind = "JOURNAL_LOWERED" | "JOURNAL_GAPS2" | "BOUNDARY_PEAK" | "SHARE2_DYNAMICS" | "MARK_SHARE_CAP" | "FEDERAL_LIST";

export interface Signal {
  kind: SignalKind;
  year: number;
  grade: number;
  subject: string;
  /** Mark-share limits only. */
  className: string | null;
  value: number | null;
  threshold: number | null;
  sampleSize: number;
  reliability: Reliability;
  /** The signal is raised: its rule or test crossed the threshold on an analysable sample. */
  isRaised: boolean;
  explanation: string;
  /** Corrected p-value of the test behind the signal (all but the federal list). */
  pValue: number | null;
  peaks?: BoundaryPeakResult;
  journal?: JournalComparison;
  dynamics?: Share2Dynamics;
}

export interface JournalReference {
  municipal?: JournalShares;
  regional?: JournalShares;
}

export interface SignalInput {
  year: number;
  works: readonly Work[];
  /** Works of earlier years of the same organization (and its 1 : 1 predecessor). */
  earlier?: readonly { year: number; works: readonly Work[] }[];
  /** Journal shares of the municipality and region for a grade and subject, key «grade|subject». */
  references?: ReadonlyMap<string, JournalReference>;
  /** Mark-share limits by subject (the operator's, per cycle); others use the defaults. */
  limits?: ReadonlyMap<string, MarkShareLimits>;
}

const f = (n: number) => formatNumber(Math.round(n * 10) / 10);
const pct = (n: number) => `${f(n)} %`;
export const formatP = (p: number) => (p < 0.001 ? "p < 0,001" : `p = ${formatNumber(Math.round(p * 1000) / 1000)}`);
const where = (grade: number, subject: string) => `${grade} кл., ${subject.toLowerCase()}`;
const verdict = (isRaised: boolean, reliability: Reliability) =>
  reliability === "notAnalysed"
    ? RELIABILITY_LABELS.notAnalysed
    : `${isRaised ? "сигнал" : "сигнала нет"}, ${RELIABILITY_LABELS[reliability]}`;

function referenceText(reference: JournalReference | undefined, pick: (s: JournalShares) => number): string {
  const parts = [
    reference?.municipal?.sampleSize ? `по муниципалитету ${pct(pick(reference.municipal))}` : null,
    reference?.regional?.sampleSize ? `по региону ${pct(pick(reference.regional))}` : null,
  ].filter(Boolean);
  return parts.length ? `; ${parts.join(", ")}` : "";
}

function journalSignals(input: SignalInput): Signal[] {
  const groups = byGradeAndSubject(input.works).map((g) => ({ ...g, journal: compareWithJournal(g.works) }));
  const analysed = groups.filter((g) => g.journal.reliability !== "notAnalysed");
  const lowered = holm(analysed.map((g) => g.journal.loweredPValue));
  const gaps = holm(analysed.map((g) => g.journal.gaps2PValue));
  return groups.flatMap((g) => {
    const j = g.journal;
    const i = analysed.indexOf(g);
    const reference = input.references?.get(`${g.grade}|${g.subject}`);
    const base = {
      year: input.year,
      grade: g.grade,
      subject: g.subject,
      className: null,
      sampleSize: j.sampleSize,
      reliability: j.reliability,
      journal: j,
    };
    const pLowered = i < 0 ? null : (lowered[i] as number);
    const pGaps = i < 0 ? null : (gaps[i] as number);
    const isLowered = pLowered !== null && pLowered < SIGNAL_ALPHA;
    const isGaps = pGaps !== null && pGaps < SIGNAL_ALPHA;
    const counts = `понизили ${j.lowered} (${pct(j.loweredShare)}), подтвердили ${j.confirmed} (${pct(j.confirmedShare)}), повысили ${j.raised} (${pct(j.raisedShare)}) из ${j.sampleSize}`;
    return [
      {
        ...base,
        kind: "JOURNAL_LOWERED" as const,
        value: j.loweredShare,
        threshold: LOWERED_THRESHOLD,
        isRaised: isLowered,
        pValue: pLowered,
        explanation: `${where(g.grade, g.subject)}: отметку по журналу не подтвердили (понизили) ${pct(j.loweredShare)} — ${counts}; порог ${pct(LOWERED_THRESHOLD)}${referenceText(reference, (s) => s.loweredShare)}${pLowered === null ? "" : `; ${formatP(pLowered)}`} — ${verdict(isLowered, j.reliability)}.`,
      },
      {
        ...base,
        kind: "JOURNAL_GAPS2" as const,
        value: j.gaps2Share,
        threshold: GAPS2_THRESHOLD,
        isRaised: isGaps,
        pValue: pGaps,
        explanation: `${where(g.grade, g.subject)}: расхождения с журналом на 2 балла и более — ${j.gaps2} из ${j.sampleSize} (${pct(j.gaps2Share)}); порог ${pct(GAPS2_THRESHOLD)}${referenceText(reference, (s) => s.gaps2Share)}${pGaps === null ? "" : `; ${formatP(pGaps)}`} — ${verdict(isGaps, j.reliability)}.`,
      },
    ];
  });
}

function peakText(grade: number, subject: string, peaks: BoundaryPeakResult, p: number | null, isRaised: boolean): string {
  const head = `${where(grade, subject)}: распределение первичных баллов (${peaks.sampleSize} работ)`;
  if (peaks.reliability === "notAnalysed") return `${head} — менее 20 работ, не анализируется.`;
  if (!peaks.boundaries.length) return `${head} — границы отметок по работам не определены, не анализируется.`;
  const at = peaks.boundaries
    .map((b) => `у границы «${b.mark}» (${b.boundary} б.) ${b.observed} работ при ожидаемых ${f(b.expected)}`)
    .join("; ");
  return `${head}: ${at}; ${formatP(p ?? 1)} с поправкой на число проверок, порог ${formatNumber(SIGNAL_ALPHA)} — ${verdict(isRaised, peaks.reliability)}.`;
}

function peakSignals(input: SignalInput): Signal[] {
  const groups = byGradeAndSubject(input.works).map((g) => ({ ...g, peaks: boundaryPeakTest(g.works) }));
  const analysed = groups.filter((g) => g.peaks.reliability !== "notAnalysed" && g.peaks.boundaries.length);
  const adjusted = holm(analysed.map((g) => g.peaks.pValue));
  return groups.map((g) => {
    const i = analysed.indexOf(g);
    const p = i < 0 ? null : (adjusted[i] as number);
    const isRaised = p !== null && p < SIGNAL_ALPHA;
    return {
      kind: "BOUNDARY_PEAK",
      year: input.year,
      grade: g.grade,
      subject: g.subject,
      className: null,
      value: p,
      threshold: SIGNAL_ALPHA,
      sampleSize: g.peaks.sampleSize,
      reliability: i < 0 ? "notAnalysed" : g.peaks.reliability,
      isRaised,
      pValue: p,
      explanation: peakText(g.grade, g.subject, g.peaks, p, isRaised),
      peaks: g.peaks,
    };
  });
}

function dynamicsSignals(input: SignalInput): Signal[] {
  const earlier = (input.earlier ?? []).map((y) => ({ year: y.year, groups: byGradeAndSubject(y.works) }));
  const groups = byGradeAndSubject(input.works).map((g) => {
    const years = [
      share2Of(input.year, g.works),
      ...earlier.map((y) => share2Of(y.year, y.groups.find((e) => e.grade === g.grade && e.subject === g.subject)?.works ?? [])),
    ];
    return { ...g, current: years[0] as YearShare2, dynamics: share2Dynamics(years) };
  });
  const analysed = groups.filter((g) => g.dynamics.reliability !== "notAnalysed");
  const adjusted = holm(analysed.map((g) => g.dynamics.pValue));
  return groups.map((g) => {
    const d = g.dynamics;
    const i = analysed.indexOf(g);
    const p = i < 0 ? null : (adjusted[i] as number);
    const isRaised = d.isOverThreshold && p !== null && p < SIGNAL_ALPHA;
    const series = d.years.map((y) => `${y.year} — ${pct(y.share2)} (${y.marks2} из ${y.sampleSize})`).join(", ");
    const explanation =
      d.delta === null
        ? `${where(g.grade, g.subject)}: доля «2» ${pct(g.current.share2)}; нет результатов прошлых лет — динамика не анализируется.`
        : `${where(g.grade, g.subject)}: доля «2» по годам ${series}; изменение ${d.delta > 0 ? "+" : ""}${f(d.delta)} п.п., порог +${SHARE2_RISE_THRESHOLD} п.п.${p === null ? "" : `; рост сверх случайного: ${formatP(p)}`} — ${verdict(isRaised, d.reliability)}.`;
    return {
      kind: "SHARE2_DYNAMICS" as const,
      year: input.year,
      grade: g.grade,
      subject: g.subject,
      className: null,
      value: d.delta,
      threshold: SHARE2_RISE_THRESHOLD,
      sampleSize: d.sampleSize,
      reliability: d.reliability,
      isRaised,
      pValue: p,
      explanation,
      dynamics: d,
    };
  });
}

function capSignals(input: SignalInput): Signal[] {
  const classes = byGradeAndSubject(input.works).flatMap((g) => {
    const limits = input.limits?.get(g.subject) ?? DEFAULT_MARK_SHARE_LIMITS;
    return classMarkShares(g.works, limits).map((c) => ({ g, limits, c }));
  });
  // Every breach of the organization's classes in the year is one test of the family (Holm).
  const tests = classes.flatMap(({ c }) => c.breaches);
  const adjusted = new Map(holm(tests.map((b) => b.pValue)).map((p, i) => [tests[i], p] as const));
  return classes.map(({ g, limits, c }) => {
    const significant = c.breaches.filter((b) => (adjusted.get(b) ?? 1) < SIGNAL_ALPHA);
    const isRaised = significant.length > 0;
    const p = c.breaches.length ? Math.min(...c.breaches.map((b) => adjusted.get(b) ?? 1)) : null;
    const worst = [...c.breaches].sort((a, b) => Math.abs(b.share - b.limit) - Math.abs(a.share - a.limit))[0];
    const shares = `«2» ${pct(c.share2)}, «4» ${pct(c.share4)}, «5» ${pct(c.share5)} из ${c.sampleSize}`;
    const rules = `пределы: «4» не более ${pct(limits.max4)}, «5» не более ${pct(limits.max5)}${limits.min2 > 0 ? `, «2» не менее ${pct(limits.min2)}` : ""}`;
    const past = c.breaches
      .map((b) => `доля «${b.mark}» ${pct(b.share)} ${b.mark === 2 ? "<" : ">"} ${pct(b.limit)} (${formatP(adjusted.get(b) ?? 1)})`)
      .join(", ");
    const note = past ? `; за пределом: ${past} с поправкой на число классов, порог ${formatNumber(SIGNAL_ALPHA)}` : "";
    return {
      kind: "MARK_SHARE_CAP" as const,
      year: input.year,
      grade: g.grade,
      subject: g.subject,
      className: c.className,
      value: worst ? worst.share : c.share5,
      threshold: worst ? worst.limit : limits.max5,
      sampleSize: c.sampleSize,
      reliability: c.reliability,
      isRaised,
      pValue: p,
      explanation: `${where(g.grade, g.subject)}, класс ${c.className}: ${shares}; ${rules}${note} — ${verdict(isRaised, c.reliability)}.`,
    };
  });
}

export function objectivitySignals(input: SignalInput): Signal[] {
  return [...journalSignals(input), ...peakSignals(input), ...dynamicsSignals(input), ...capSignals(input)];
}
