// ВПР-derived indicators: scored, explained and recommended on, but kept out of the rating total
// by default — Рособрнадзор: ВПР results must not be used to rate schools (methodology §3).
import { defineIndicator, notApplicable, percentOf } from "../../core/direction/define.js";
import type { IndicatorInputs } from "../../core/direction/types.js";

const share2 = (inputs: IndicatorInputs) =>
  percentOf(inputs.number("vpr.marks2"), inputs.number("vpr.participants")) ?? notApplicable("нет участников ВПР");

export const vprIndicators = [
  defineIndicator({
    code: "D3.1",
    title: "Доля «2» по ВПР (все предметы, 4–8 классы)",
    unit: "%",
    valueLabel: "доля «2»",
    appliesTo: ["SCHOOL"],
    elements: ["vpr.participants", "vpr.marks2"],
    compute: ({ inputs }) => share2(inputs),
    rule: { type: "relativeToMean", tolerance: 5, isHigherBetter: false, points: { better: 2, near: 1, worse: 0 } },
    usedInRating: false,
    recommendations: [
      {
        text: "Доля «2» по ВПР ({value}) выше среднего по муниципалитету ({mean}). Проведите поэлементный анализ ВПР по классам и предметам, организуйте адресную работу с обучающимися группы риска и включите её в план ВСОКО.",
      },
    ],
    examples: [
      {
        title: "ниже среднего более чем на 5 п.п.",
        inputs: { "vpr.participants": 200, "vpr.marks2": 10 },
        group: [5, 15, 20],
        expected: { value: 5, points: 2 },
      },
      {
        title: "около среднего",
        inputs: { "vpr.participants": 100, "vpr.marks2": 12 },
        group: [12, 10, 14],
        expected: { value: 12, points: 1 },
      },
      { title: "нет участников", inputs: { "vpr.participants": 0, "vpr.marks2": 0 }, expected: { status: "NOT_APPLICABLE" } },
    ],
    source: { kind: "prop", reference: "ВПР, ФИС ОКО; сравнение со средним — предложение" },
  }),
  defineIndicator({
    code: "D3.2",
    title: "Динамика доли «2» по ВПР к прошлому году",
    unit: "%",
    valueLabel: "доля «2»",
    appliesTo: ["SCHOOL"],
    elements: ["vpr.participants", "vpr.marks2"],
    compute: ({ inputs }) => share2(inputs),
    rule: { type: "dynamics", threshold: 10, isHigherBetter: false, points: { improved: 1, stable: 0, worsened: -1 } },
    usedInRating: false,
    recommendations: [
      {
        text: "Доля «2» по ВПР выросла до {value}. Выясните причины роста по классам и предметам, проверьте объективность текущего оценивания и скорректируйте планы учителей.",
      },
    ],
    examples: [
      {
        title: "рост на 10 п.п. — отрицательная динамика",
        inputs: { "vpr.participants": 100, "vpr.marks2": 25 },
        previous: 15,
        expected: { value: 25, points: -1 },
      },
      {
        title: "снижение — положительная динамика",
        inputs: { "vpr.participants": 100, "vpr.marks2": 10 },
        previous: 12,
        expected: { value: 10, points: 1 },
      },
    ],
    source: { kind: "src", reference: "ФИОКО: рост доли «2» на 10 п.п. и более — отрицательная динамика" },
  }),
  defineIndicator({
    code: "D3.3",
    title: "Выполнение заданий базового уровня ВПР, средний %",
    unit: "%",
    valueLabel: "выполнение",
    appliesTo: ["SCHOOL"],
    elements: ["vpr.basicTasksPercent"],
    compute: ({ inputs }) => inputs.number("vpr.basicTasksPercent"),
    rule: {
      type: "bands",
      bands: [
        { min: 57, max: 60, points: 1 },
        { min: 60, max: null, points: 2 },
      ],
    },
    usedInRating: false,
    recommendations: [
      {
        text: "Выполнение заданий базового уровня ВПР — {value} (ориентир {target}). Организуйте повторение базовых тем с обучающимися, не освоившими их, и контроль их освоения в течение года.",
      },
    ],
    examples: [
      { title: "не ниже 60 %", inputs: { "vpr.basicTasksPercent": 64.2 }, expected: { points: 2 } },
      { title: "57–60 %", inputs: { "vpr.basicTasksPercent": 58 }, expected: { points: 1 } },
      { title: "ниже 57 %", inputs: { "vpr.basicTasksPercent": 51 }, expected: { points: 0 } },
    ],
    source: { kind: "src", reference: "ФИОКО, рекомендации по анализу результатов ВПР" },
  }),
  defineIndicator({
    code: "D3.7",
    title: "Выполнение заданий повышенного и высокого уровня ВПР, %",
    unit: "%",
    valueLabel: "выполнение",
    appliesTo: ["SCHOOL"],
    elements: ["vpr.advancedTasksPercent"],
    compute: ({ inputs }) => inputs.number("vpr.advancedTasksPercent"),
    rule: {
      type: "bands",
      bands: [
        { min: 28.5, max: 30, points: 1 },
        { min: 30, max: null, points: 2 },
      ],
    },
    usedInRating: false,
    recommendations: [
      {
        text: "Выполнение заданий повышенного и высокого уровня ВПР — {value} (ориентир {target}). Развивайте работу с мотивированными обучающимися: задания повышенной сложности на уроках, курсы внеурочной деятельности.",
      },
    ],
    examples: [
      { title: "не ниже 30 %", inputs: { "vpr.advancedTasksPercent": 33 }, expected: { points: 2 } },
      { title: "28,5–30 %", inputs: { "vpr.advancedTasksPercent": 29 }, expected: { points: 1 } },
    ],
    source: { kind: "src", reference: "ФИОКО, рекомендации по анализу результатов ВПР" },
  }),
];
