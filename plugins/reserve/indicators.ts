// D8: how the head grows managers — reservists, their training and plans, appointments from the reserve.
import { defineIndicator, notApplicable, percentOf } from "../../core/direction/define.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;
const NO_RESERVISTS = "нет работников в резерве";

export const reserveIndicators = [
  defineIndicator({
    code: "D8.1",
    title: "Работники организации в муниципальном резерве управленческих кадров",
    unit: "чел.",
    valueLabel: "работников в резерве",
    appliesTo: ALL,
    elements: ["reserve.reservists"],
    compute: ({ inputs }) => inputs.number("reserve.reservists"),
    rule: {
      type: "bands",
      bands: [
        { min: 1, max: 2, points: 1 },
        { min: 2, max: null, points: 2 },
      ],
    },
    recommendations: [
      {
        text: "Работников организации в муниципальном резерве управленческих кадров — {value} (ориентир {target}). Выявите педагогов с управленческим потенциалом (руководители методических объединений, наставники, победители профессиональных конкурсов), поручите им управленческие задачи — руководство проектной группой, участие во ВСОКО, замещение заместителя на время отсутствия — и направьте в управление образования представления о включении их в резерв.",
      },
    ],
    examples: [
      { title: "никого в резерве", inputs: { "reserve.reservists": 0 }, expected: { value: 0, points: 0 } },
      { title: "один резервист", inputs: { "reserve.reservists": 1 }, expected: { value: 1, points: 1 } },
      { title: "два резервиста — граница", inputs: { "reserve.reservists": 2 }, expected: { value: 2, points: 2 } },
      { title: "нет данных", inputs: {}, expected: { status: "MISSING" } },
    ],
    source: { kind: "prop", reference: "приказ управления образования о резерве управленческих кадров" },
  }),
  defineIndicator({
    code: "D8.2",
    title: "Доля резервистов, прошедших обучение или стажировку",
    unit: "%",
    valueLabel: "доля прошедших обучение",
    appliesTo: ALL,
    elements: ["reserve.reservists", "reserve.reservistsTrained"],
    compute: ({ inputs }) => {
      // The reservist count is read first: with nobody in the reserve the other count is not needed.
      const reservists = inputs.number("reserve.reservists");
      if (reservists === 0) return notApplicable(NO_RESERVISTS);
      return percentOf(inputs.number("reserve.reservistsTrained"), reservists) ?? notApplicable(NO_RESERVISTS);
    },
    rule: {
      type: "bands",
      bands: [
        { min: 50, max: 100, points: 1 },
        { min: 100, max: 100, includeMax: true, points: 2 },
      ],
    },
    recommendations: [
      {
        text: "Обучение или стажировку прошли {value} резервистов организации (ориентир — все резервисты). Включите каждого резервиста в программу подготовки управленческих кадров (ЦНППМ, ИРО) и организуйте стажировку на управленческой позиции: исполнение обязанностей заместителя, руководство проектом программы развития, участие в самообследовании и подготовке к проверкам.",
      },
    ],
    examples: [
      {
        title: "все трое прошли обучение",
        inputs: { "reserve.reservists": 3, "reserve.reservistsTrained": 3 },
        expected: { value: 100, points: 2 },
      },
      {
        title: "1 из 2 — ровно 50 %",
        inputs: { "reserve.reservists": 2, "reserve.reservistsTrained": 1 },
        expected: { value: 50, points: 1 },
      },
      { title: "1 из 3", inputs: { "reserve.reservists": 3, "reserve.reservistsTrained": 1 }, expected: { value: 33.3, points: 0 } },
      { title: "нет резервистов", inputs: { "reserve.reservists": 0 }, expected: { status: "NOT_APPLICABLE" } },
    ],
    source: { kind: "prop", reference: "отчёт о работе с резервом управленческих кадров" },
  }),
  defineIndicator({
    code: "D8.3",
    title: "Индивидуальные планы развития резервистов",
    unit: "да/нет",
    valueLabel: "индивидуальные планы развития у всех резервистов",
    appliesTo: ALL,
    elements: ["reserve.reservists", "reserve.reservistsWithPlan"],
    compute: ({ inputs }) => {
      const reservists = inputs.number("reserve.reservists");
      if (reservists === 0) return notApplicable(NO_RESERVISTS);
      return inputs.number("reserve.reservistsWithPlan") >= reservists;
    },
    rule: { type: "binary", points: 1 },
    recommendations: [
      {
        text: "Индивидуальные планы развития утверждены не для всех резервистов. Разработайте с каждым резервистом план на 1–2 года: управленческие компетенции для развития, обучение, стажировки, поручения и сроки; рассматривайте выполнение планов не реже одного раза в полугодие.",
      },
    ],
    examples: [
      { title: "планы у всех", inputs: { "reserve.reservists": 2, "reserve.reservistsWithPlan": 2 }, expected: { value: true, points: 1 } },
      {
        title: "план у 2 из 3",
        inputs: { "reserve.reservists": 3, "reserve.reservistsWithPlan": 2 },
        expected: { value: false, points: 0 },
      },
      { title: "нет резервистов", inputs: { "reserve.reservists": 0 }, expected: { status: "NOT_APPLICABLE" } },
      { title: "число планов не указано", inputs: { "reserve.reservists": 2 }, expected: { status: "MISSING" } },
    ],
    source: { kind: "prop", reference: "индивидуальные планы развития резервистов" },
  }),
  defineIndicator({
    code: "D8.4",
    title: "Назначения из резерва на руководящие должности за 3 года",
    unit: "чел.",
    valueLabel: "назначено из резерва",
    appliesTo: ALL,
    elements: ["reserve.appointedFromReserve"],
    compute: ({ inputs }) => inputs.number("reserve.appointedFromReserve"),
    rule: { type: "bands", bands: [{ min: 1, max: null, points: 1 }] },
    recommendations: [
      {
        text: "За 3 года никто из работников организации не назначен из резерва на руководящую должность (назначено: {value}). Согласуйте с управлением образования продвижение подготовленных резервистов: замещение вакантных должностей заместителей, исполнение обязанностей руководителя на период отсутствия, участие в конкурсах на замещение должностей руководителей.",
      },
    ],
    examples: [
      { title: "назначений нет", inputs: { "reserve.appointedFromReserve": 0 }, expected: { points: 0 } },
      { title: "одно назначение — граница", inputs: { "reserve.appointedFromReserve": 1 }, expected: { value: 1, points: 1 } },
      { title: "три назначения — не более 1 балла", inputs: { "reserve.appointedFromReserve": 3 }, expected: { points: 1 } },
    ],
    source: { kind: "prop", reference: "приказы о назначении на должности за 3 года" },
  }),
];
