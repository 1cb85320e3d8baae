// Дополнительное образование: охват школьников (D7.1) и сохранность контингента УДО (D7.5).
import { defineIndicator, notApplicable, percentOf } from "../../core/direction/define.js";

export const additionalEdIndicators = [
  defineIndicator({
    code: "D7.1",
    title: "Охват обучающихся дополнительным образованием",
    unit: "%",
    valueLabel: "охват дополнительным образованием",
    appliesTo: ["SCHOOL"],
    elements: ["additionalEd.students", "additionalEd.covered"],
    compute: ({ inputs }) =>
      percentOf(inputs.number("additionalEd.covered"), inputs.number("additionalEd.students")) ?? notApplicable("нет обучающихся"),
    rule: {
      type: "bands",
      bands: [
        { min: 60, max: 80, points: 1 },
        { min: 80, max: null, points: 2 },
      ],
    },
    recommendations: [
      {
        text: "Охват обучающихся дополнительным образованием — {value} (ориентир {target}). Сверьте списки обучающихся с региональным навигатором ДО, расширьте программы на базе школы (в том числе центра «Точка роста» и школьного спортивного клуба), заключите договоры о сетевой форме с организациями дополнительного образования и информируйте родителей о сертификатах дополнительного образования.",
      },
    ],
    examples: [
      {
        title: "ровно 80 % — граница",
        inputs: { "additionalEd.students": 600, "additionalEd.covered": 480 },
        expected: { value: 80, points: 2 },
      },
      {
        title: "60 % — граница",
        inputs: { "additionalEd.students": 600, "additionalEd.covered": 360 },
        expected: { value: 60, points: 1 },
      },
      { title: "50 %", inputs: { "additionalEd.students": 600, "additionalEd.covered": 300 }, expected: { value: 50, points: 0 } },
      { title: "нет данных навигатора", inputs: { "additionalEd.students": 600 }, expected: { status: "MISSING" } },
    ],
    source: {
      kind: "src",
      reference: "региональный навигатор ДО (Целевая модель развития региональных систем ДО, приказ Минпросвещения от 03.09.2019 № 467)",
    },
  }),
  defineIndicator({
    code: "D7.5",
    title: "Стабильность (сохранность) контингента обучающихся УДО",
    unit: "%",
    valueLabel: "сохранность контингента",
    appliesTo: ["ADDITIONAL"],
    elements: ["additionalEd.enrolledAtStart", "additionalEd.retainedAtEnd"],
    compute: ({ inputs }) =>
      percentOf(inputs.number("additionalEd.retainedAtEnd"), inputs.number("additionalEd.enrolledAtStart")) ??
      notApplicable("нет обучающихся на начало года"),
    rule: {
      type: "bands",
      // Published as 100–80 / 70–79 / 65–69: the gaps between whole percents are closed upwards.
      bands: [
        { min: 65, max: 70, points: 3 },
        { min: 70, max: 80, points: 4 },
        { min: 80, max: 100, includeMax: true, points: 5 },
      ],
    },
    recommendations: [
      {
        text: "Сохранность контингента — {value} (ориентир {target}), {points} из {maxPoints}. Проанализируйте причины отсева по объединениям и годам обучения, обновите содержание и формы занятий с учётом запросов детей и родителей, используйте индивидуальные маршруты и проводите анкетирование удовлетворённости.",
      },
    ],
    examples: [
      {
        title: "ровно 80 % — граница",
        inputs: { "additionalEd.enrolledAtStart": 200, "additionalEd.retainedAtEnd": 160 },
        expected: { value: 80, points: 5 },
      },
      {
        title: "79,5 % — между 79 и 80",
        inputs: { "additionalEd.enrolledAtStart": 200, "additionalEd.retainedAtEnd": 159 },
        expected: { value: 79.5, points: 4 },
      },
      {
        title: "65 % — граница",
        inputs: { "additionalEd.enrolledAtStart": 200, "additionalEd.retainedAtEnd": 130 },
        expected: { value: 65, points: 3 },
      },
      {
        title: "64,5 % — ниже шкалы",
        inputs: { "additionalEd.enrolledAtStart": 200, "additionalEd.retainedAtEnd": 129 },
        expected: { points: 0 },
      },
      {
        title: "нет обучающихся",
        inputs: { "additionalEd.enrolledAtStart": 0, "additionalEd.retainedAtEnd": 0 },
        expected: { status: "NOT_APPLICABLE" },
      },
    ],
    source: { kind: "src", reference: "пост. администрации г. Самары от 17.11.2011 № 1585" },
  }),
];
