// Кадровые условия: квалификация, образование, укомплектованность и возраст педагогов.
import { defineIndicator, notApplicable, percentOf, shareOfAll } from "../../core/direction/define.js";
import type { IndicatorInputs } from "../../core/direction/types.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;

const shareOfTeachers = (inputs: IndicatorInputs, code: string) =>
  percentOf(inputs.number(code), inputs.number("staff.teachers")) ?? notApplicable("нет педагогических работников");

export const staffIndicators = [
  defineIndicator({
    code: "D6.1",
    title: "Доля педагогических работников с высшей или первой квалификационной категорией",
    unit: "%",
    valueLabel: "доля педагогов с категорией",
    appliesTo: ALL,
    elements: ["staff.teachers", "staff.withCategory"],
    compute: ({ inputs }) => shareOfTeachers(inputs, "staff.withCategory"),
    rule: {
      type: "bands",
      bands: [
        { min: 20, max: 50, points: 1 },
        { min: 50, max: null, points: 2 },
      ],
    },
    recommendations: [
      {
        text: "Доля педагогов с высшей или первой квалификационной категорией — {value} (ориентир {target}). Составьте перспективный план аттестации на 3 года, выявите педагогов, готовых к аттестации на первую категорию, и организуйте их методическое сопровождение при подготовке портфолио.",
      },
    ],
    examples: [
      { title: "ровно 50 % — граница", inputs: { "staff.teachers": 50, "staff.withCategory": 25 }, expected: { value: 50, points: 2 } },
      { title: "48 %", inputs: { "staff.teachers": 50, "staff.withCategory": 24 }, expected: { value: 48, points: 1 } },
      { title: "18 % — ниже шкалы", inputs: { "staff.teachers": 50, "staff.withCategory": 9 }, expected: { value: 18, points: 0 } },
      { title: "нет данных об аттестации", inputs: { "staff.teachers": 50 }, expected: { status: "MISSING" } },
    ],
    source: {
      kind: "src",
      reference:
        "шкала по образцу аккредитационных показателей Рособрнадзора (10/5/0); приказ Минобрнауки № 1324, показатель 1.29 (ДОО — 1.8)",
    },
  }),
  defineIndicator({
    code: "D6.2",
    title: "Доля педагогических работников с высшим педагогическим образованием",
    unit: "%",
    valueLabel: "доля педагогов с высшим педагогическим образованием",
    appliesTo: ALL,
    elements: ["staff.teachers", "staff.higherPedagogical"],
    compute: ({ inputs }) => shareOfTeachers(inputs, "staff.higherPedagogical"),
    rule: {
      type: "bands",
      bands: [
        { min: 60, max: 80, points: 1 },
        { min: 80, max: null, points: 2 },
      ],
    },
    recommendations: [
      {
        text: "Доля педагогов с высшим педагогическим образованием — {value} (ориентир {target}). Направьте педагогов без педагогического образования на профессиональную переподготовку, поддержите заочное обучение в педагогических вузах (в том числе по целевому договору) и учитывайте профиль образования при приёме на работу.",
      },
    ],
    examples: [
      { title: "80 %", inputs: { "staff.teachers": 40, "staff.higherPedagogical": 32 }, expected: { value: 80, points: 2 } },
      {
        title: "ровно 60 % — граница",
        inputs: { "staff.teachers": 40, "staff.higherPedagogical": 24 },
        expected: { value: 60, points: 1 },
      },
      { title: "57,5 %", inputs: { "staff.teachers": 40, "staff.higherPedagogical": 23 }, expected: { value: 57.5, points: 0 } },
      {
        title: "нет педагогических работников",
        inputs: { "staff.teachers": 0, "staff.higherPedagogical": 0 },
        expected: { status: "NOT_APPLICABLE" },
      },
    ],
    source: {
      kind: "prop",
      reference: "шкала — предложение разработчиков; данные — приказ Минобрнауки № 1324, показатель 1.26 (ДОО — 1.7.2)",
    },
  }),
  defineIndicator({
    code: "D6.3",
    title: "Укомплектованность педагогическими кадрами на 1 сентября",
    unit: "%",
    valueLabel: "укомплектованность",
    appliesTo: ALL,
    elements: ["staff.teacherPositions", "staff.vacantPositions"],
    compute: ({ inputs }) => {
      const positions = inputs.number("staff.teacherPositions");
      return shareOfAll(positions - inputs.number("staff.vacantPositions"), positions) ?? notApplicable("нет педагогических ставок");
    },
    rule: {
      type: "bands",
      bands: [
        { min: 95, max: 100, points: 1 },
        { min: 100, max: 100, includeMax: true, points: 2 },
      ],
    },
    recommendations: [
      {
        text: "Укомплектованность педагогическими кадрами на 1 сентября — {value} (ориентир {target}). Закройте вакансии через программы «Земский учитель», целевое обучение и сотрудничество с педагогическими колледжами и вузами, привлекайте студентов старших курсов и выстраивайте наставничество для молодых специалистов.",
      },
    ],
    examples: [
      { title: "вакансий нет", inputs: { "staff.teacherPositions": 40, "staff.vacantPositions": 0 }, expected: { value: 100, points: 2 } },
      { title: "95 % — граница", inputs: { "staff.teacherPositions": 40, "staff.vacantPositions": 2 }, expected: { value: 95, points: 1 } },
      {
        title: "93,75 % округляется вниз",
        inputs: { "staff.teacherPositions": 40, "staff.vacantPositions": 2.5 },
        expected: { value: 93.7, points: 0 },
      },
      { title: "нет данных о вакансиях", inputs: { "staff.teacherPositions": 40 }, expected: { status: "MISSING" } },
    ],
    source: { kind: "prop", reference: "кадровый отчёт на 1 сентября; шкала — предложение разработчиков" },
  }),
  defineIndicator({
    code: "D6.4",
    title: "Доля педагогов в возрасте до 35 лет",
    unit: "%",
    valueLabel: "доля педагогов до 35 лет",
    appliesTo: ALL,
    elements: ["staff.teachers", "staff.under35"],
    compute: ({ inputs }) => shareOfTeachers(inputs, "staff.under35"),
    rule: { type: "bands", bands: [{ min: 20, max: null, points: 1 }] },
    recommendations: [
      {
        text: "Доля педагогов до 35 лет — {value} (ориентир {target}). Разработайте программу привлечения и закрепления молодых педагогов: наставничество, участие в конкурсах молодых специалистов, меры поддержки из муниципальной программы, взаимодействие с педагогическими классами и колледжами.",
      },
    ],
    examples: [
      { title: "20 % — граница", inputs: { "staff.teachers": 50, "staff.under35": 10 }, expected: { value: 20, points: 1 } },
      { title: "18 %", inputs: { "staff.teachers": 50, "staff.under35": 9 }, expected: { value: 18, points: 0 } },
      { title: "нет данных о возрасте", inputs: { "staff.teachers": 50 }, expected: { status: "MISSING" } },
    ],
    source: { kind: "prop", reference: "кадровый учёт; показатель и порог — предложение разработчиков" },
  }),
];
