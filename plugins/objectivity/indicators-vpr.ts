// ВПР-derived objectivity signals. Signals, not verdicts: scored, explained and recommended on, but
// kept out of the rating total by default — ВПР results must not be used to rate schools (§3).
import { defineIndicator, notApplicable, percentOf, withNote } from "../../core/direction/define.js";
import type { IndicatorInputs } from "../../core/direction/types.js";

const S = ["SCHOOL"] as const;
/** Fewer works than this give shares too noisy to read as a signal (§5: group analysis needs ≥ 10). */
const MIN_WORKS = 10;
/** Boundary peaks (§5): from 50 works informative, 20–49 approximate, fewer not analysed. */
const PEAK_MIN_SAMPLE = 20;
const PEAK_INFORMATIVE_SAMPLE = 50;

const JOURNAL_SIGNALS = "objectivity.vprJournalSignals";
const PEAK_SIGNALS = "objectivity.vprPeakSignals";

/** The signals found at import, named in the explanation so every point lost says where it went. */
const noted = <T extends number | string>(inputs: IndicatorInputs, code: string, value: T) =>
  inputs.has(code) && inputs.text(code) ? withNote(value, `сигналы: ${inputs.text(code)}`) : value;

const shareOfJournalMarked = (inputs: IndicatorInputs, code: string) => {
  const works = inputs.number("objectivity.vprWithJournalMark");
  if (works < MIN_WORKS) return notApplicable(`менее ${MIN_WORKS} работ ВПР с отметкой по журналу`);
  const share = percentOf(inputs.number(code), works);
  return share === null ? notApplicable("нет работ ВПР с отметкой по журналу") : noted(inputs, JOURNAL_SIGNALS, share);
};

export const vprIndicators = [
  defineIndicator({
    code: "D5.2",
    title: "Доля участников ВПР, подтвердивших отметку по журналу",
    unit: "%",
    valueLabel: "доля подтвердивших",
    appliesTo: S,
    elements: ["objectivity.vprWithJournalMark", "objectivity.vprConfirmedMarks", JOURNAL_SIGNALS],
    compute: ({ inputs }) => shareOfJournalMarked(inputs, "objectivity.vprConfirmedMarks"),
    rule: {
      type: "bands",
      bands: [
        { min: 50, max: 70, points: 1 },
        { min: 70, max: null, points: 2 },
      ],
    },
    usedInRating: false,
    recommendations: [
      {
        text: "Отметку по журналу подтвердили {value} участников ВПР (ориентир {target}). Проанализируйте расхождения по классам, предметам и учителям, сверьте критерии текущего оценивания с критериями ВПР и обсудите результаты на ШМО; включите контроль объективности оценивания в план ВСОКО.",
      },
    ],
    examples: [
      {
        title: "140 из 200 — ровно 70 %",
        inputs: { "objectivity.vprWithJournalMark": 200, "objectivity.vprConfirmedMarks": 140 },
        expected: { value: 70, points: 2 },
      },
      {
        title: "120 из 200 — 60 %",
        inputs: { "objectivity.vprWithJournalMark": 200, "objectivity.vprConfirmedMarks": 120 },
        expected: { value: 60, points: 1 },
      },
      {
        title: "90 из 200 — 45 %",
        inputs: { "objectivity.vprWithJournalMark": 200, "objectivity.vprConfirmedMarks": 90 },
        expected: { value: 45, points: 0 },
      },
      {
        title: "8 работ — не анализируется",
        inputs: { "objectivity.vprWithJournalMark": 8, "objectivity.vprConfirmedMarks": 6 },
        expected: { status: "NOT_APPLICABLE" },
      },
    ],
    source: { kind: "src", reference: "ФИС ОКО, группы «Понизили / Подтвердили / Повысили»; пороги — предложение" },
  }),
  defineIndicator({
    code: "D5.3",
    title: "Доля расхождений «ВПР — журнал» на 2 балла и более",
    unit: "%",
    valueLabel: "доля расхождений на 2 балла и более",
    appliesTo: S,
    elements: ["objectivity.vprWithJournalMark", "objectivity.vprGaps2", JOURNAL_SIGNALS],
    compute: ({ inputs }) => shareOfJournalMarked(inputs, "objectivity.vprGaps2"),
    rule: {
      type: "bands",
      bands: [
        { min: 0, max: 1, includeMax: true, points: 1 },
        { min: 1, max: 3, includeMin: false, includeMax: true, points: 0 },
        { min: 3, max: null, includeMin: false, points: -1 },
      ],
    },
    usedInRating: false,
    recommendations: [
      {
        text: "Доля расхождений отметок за ВПР и по журналу на 2 балла и более — {value} (ориентир {target}). Выявите классы и учителей с расхождениями, проведите внутренний аудит оценивания (повторная проверка работ, посещение уроков) и примите управленческие решения по итогам.",
      },
    ],
    examples: [
      {
        title: "2 из 200 — ровно 1 %",
        inputs: { "objectivity.vprWithJournalMark": 200, "objectivity.vprGaps2": 2 },
        expected: { value: 1, points: 1 },
      },
      {
        title: "6 из 200 — ровно 3 %",
        inputs: { "objectivity.vprWithJournalMark": 200, "objectivity.vprGaps2": 6 },
        expected: { value: 3, points: 0 },
      },
      {
        title: "10 из 200 — 5 %",
        inputs: { "objectivity.vprWithJournalMark": 200, "objectivity.vprGaps2": 10 },
        expected: { value: 5, points: -1 },
      },
      { title: "нет данных о расхождениях", inputs: { "objectivity.vprWithJournalMark": 200 }, expected: { status: "MISSING" } },
    ],
    source: { kind: "src", reference: "ФИОКО, рекомендации по анализу результатов ВПР; пороги — предложение" },
  }),
  defineIndicator({
    code: "D5.4",
    title: "Пики распределения первичных баллов ВПР на границах отметок",
    unit: "уровень",
    valueLabel: "пики на границах отметок",
    appliesTo: S,
    elements: ["objectivity.vprPeakSample", "objectivity.vprBoundaryPeak", PEAK_SIGNALS],
    compute: ({ inputs }) => {
      const sample = inputs.number("objectivity.vprPeakSample");
      if (sample < PEAK_MIN_SAMPLE) return notApplicable(`менее ${PEAK_MIN_SAMPLE} работ — распределение не анализируется`);
      const signal = inputs.boolean("objectivity.vprBoundaryPeak") ? "peak" : "noSignal";
      return noted(inputs, PEAK_SIGNALS, sample < PEAK_INFORMATIVE_SAMPLE ? `${signal}Approx` : signal);
    },
    rule: {
      type: "level",
      levels: [
        { value: "noSignal", label: "сигнала нет (выборка от 50 работ)", points: 1 },
        { value: "noSignalApprox", label: "сигнала нет (выборка 20–49 работ, вывод приблизительный)", points: 1 },
        { value: "peakApprox", label: "пик на границе отметки (выборка 20–49 работ, вывод приблизительный)", points: 0 },
        { value: "peak", label: "пик на границе отметки (выборка от 50 работ)", points: 0 },
      ],
    },
    usedInRating: false,
    recommendations: [
      {
        text: "В распределении первичных баллов ВПР выявлен сигнал: {value}. Организуйте перепроверку работ этих классов и предметов независимыми экспертами, проверьте соблюдение критериев оценивания и порядка проведения ВПР.",
      },
    ],
    examples: [
      {
        title: "120 работ, пиков нет",
        inputs: { "objectivity.vprPeakSample": 120, "objectivity.vprBoundaryPeak": false },
        expected: { value: "noSignal", points: 1 },
      },
      {
        title: "ровно 50 работ, пик",
        inputs: { "objectivity.vprPeakSample": 50, "objectivity.vprBoundaryPeak": true },
        expected: { value: "peak", points: 0 },
      },
      {
        title: "35 работ, пик — приблизительно",
        inputs: { "objectivity.vprPeakSample": 35, "objectivity.vprBoundaryPeak": true },
        expected: { value: "peakApprox", points: 0 },
      },
      {
        title: "пик, названный в пояснении",
        inputs: {
          "objectivity.vprPeakSample": 60,
          "objectivity.vprBoundaryPeak": true,
          "objectivity.vprPeakSignals": "5 кл., математика: у границы «3» (7 б.) 15 работ при ожидаемых 4,1",
        },
        expected: { value: "peak", points: 0 },
      },
      {
        title: "19 работ — не анализируется",
        inputs: { "objectivity.vprPeakSample": 19, "objectivity.vprBoundaryPeak": false },
        expected: { status: "NOT_APPLICABLE" },
      },
    ],
    source: { kind: "src", reference: "ФИОКО, рекомендации по анализу результатов ВПР (распределение первичных баллов)" },
  }),
];
