// Indicators about students with ОВЗ themselves: they do not apply where there are none.
import { defineIndicator, notApplicable, percentOf } from "../../core/direction/define.js";
import type { IndicatorInputs, IndicatorResult } from "../../core/direction/types.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;
const NO_OVZ = "нет обучающихся с ОВЗ";

/** Reads the number of students with ОВЗ first, so an organization without them need not fill the rest. */
const withOvz = (inputs: IndicatorInputs, compute: (students: number) => IndicatorResult): IndicatorResult => {
  const students = inputs.number("ovz.students");
  return students > 0 ? compute(students) : notApplicable(NO_OVZ);
};

export const contingentIndicators = [
  defineIndicator({
    code: "D4.1",
    title: "Доля обучающихся с ОВЗ, обучающихся по адаптированным программам (от заключений ПМПК)",
    unit: "%",
    valueLabel: "доля обучающихся по АООП",
    appliesTo: ALL,
    elements: ["ovz.students", "ovz.studentsAdapted"],
    compute: ({ inputs }) =>
      withOvz(inputs, (students) => percentOf(inputs.number("ovz.studentsAdapted"), students) ?? notApplicable(NO_OVZ)),
    rule: {
      type: "bands",
      bands: [
        { min: 90, max: 100, points: 1 },
        { min: 100, max: 100, includeMax: true, points: 2 },
      ],
    },
    recommendations: [
      {
        text: "По адаптированным программам обучаются {value} обучающихся с ОВЗ (ориентир {target}). Сверьте списки обучающихся с заключениями ПМПК, разработайте и утвердите АООП (АОП) по рекомендованным вариантам, оформите согласие родителей и включите специальные условия в учебный план.",
      },
    ],
    examples: [
      { title: "все 40 — по АООП", inputs: { "ovz.students": 40, "ovz.studentsAdapted": 40 }, expected: { value: 100, points: 2 } },
      { title: "37 из 40 — 92,5 %", inputs: { "ovz.students": 40, "ovz.studentsAdapted": 37 }, expected: { value: 92.5, points: 1 } },
      { title: "30 из 40 — 75 %", inputs: { "ovz.students": 40, "ovz.studentsAdapted": 30 }, expected: { value: 75, points: 0 } },
      { title: "нет обучающихся с ОВЗ", inputs: { "ovz.students": 0 }, expected: { status: "NOT_APPLICABLE" } },
      { title: "нет данных об АООП", inputs: { "ovz.students": 12 }, expected: { status: "MISSING" } },
    ],
    source: { kind: "prop", reference: "форма ОО-1, заключения ПМПК" },
  }),
  defineIndicator({
    code: "D4.4",
    title: "Число реализуемых адаптированных образовательных программ",
    unit: "ед.",
    valueLabel: "адаптированных программ",
    appliesTo: ALL,
    elements: ["ovz.students", "ovz.adaptedPrograms"],
    compute: ({ inputs }) => withOvz(inputs, () => inputs.number("ovz.adaptedPrograms")),
    rule: {
      type: "bands",
      bands: [
        { min: 2, max: 3, points: 1 },
        { min: 3, max: null, points: 2 },
      ],
    },
    recommendations: [
      {
        text: "Число реализуемых адаптированных программ — {value} (ориентир {target}). Проанализируйте заключения ПМПК по нозологиям и вариантам ФАОП и разработайте недостающие АООП, при необходимости — в сетевой форме с ресурсными центрами.",
      },
    ],
    examples: [
      { title: "две программы", inputs: { "ovz.students": 9, "ovz.adaptedPrograms": 2 }, expected: { value: 2, points: 1 } },
      { title: "четыре программы", inputs: { "ovz.students": 30, "ovz.adaptedPrograms": 4 }, expected: { points: 2 } },
      { title: "одна программа", inputs: { "ovz.students": 3, "ovz.adaptedPrograms": 1 }, expected: { points: 0 } },
      { title: "нет обучающихся с ОВЗ", inputs: { "ovz.students": 0, "ovz.adaptedPrograms": 0 }, expected: { status: "NOT_APPLICABLE" } },
    ],
    source: { kind: "src", reference: "таблицы критериев оценки руководителей (учебное пособие); учебные планы" },
  }),
  defineIndicator({
    code: "D4.6",
    title: "Обучение детей-инвалидов на дому и с применением дистанционных технологий",
    unit: "да/нет",
    valueLabel: "обучение на дому (дистанционно) организовано для всех нуждающихся",
    appliesTo: ALL,
    elements: ["ovz.homeEducationNeeded", "ovz.homeEducationProvided"],
    compute: ({ inputs }) => {
      const needed = inputs.number("ovz.homeEducationNeeded");
      if (needed === 0) return notApplicable("нет детей-инвалидов, нуждающихся в обучении на дому или дистанционно");
      return inputs.number("ovz.homeEducationProvided") >= needed;
    },
    rule: { type: "binary", points: 2 },
    recommendations: [
      {
        text: "Обучение на дому или с применением дистанционных технологий организовано не для всех нуждающихся детей-инвалидов ({points} из {maxPoints}). Издайте приказы об организации обучения, утвердите индивидуальные учебные планы и расписание, обеспечьте детей оборудованием и доступом к электронной информационно-образовательной среде.",
      },
    ],
    examples: [
      {
        title: "организовано для обоих",
        inputs: { "ovz.homeEducationNeeded": 2, "ovz.homeEducationProvided": 2 },
        expected: { value: true, points: 2 },
      },
      {
        title: "для одного из двух",
        inputs: { "ovz.homeEducationNeeded": 2, "ovz.homeEducationProvided": 1 },
        expected: { value: false, points: 0 },
      },
      { title: "нуждающихся нет", inputs: { "ovz.homeEducationNeeded": 0 }, expected: { status: "NOT_APPLICABLE" } },
    ],
    source: { kind: "src", reference: "таблицы критериев оценки руководителей (учебное пособие); приказы об обучении на дому" },
  }),
];
