// Профессиональная ориентация: профминимум, профильное обучение, дальнейший путь выпускников,
// сетевое взаимодействие с работодателями и профессиональным образованием.
import { defineIndicator, notApplicable, percentOf, shareOfAll } from "../../core/direction/define.js";

/** Share in percent rounded down to 0.1, so that 100 % means «all graduates». */

export const careerIndicators = [
  defineIndicator({
    code: "D7.2",
    title: "Охват обучающихся 6–11 классов профориентационным минимумом",
    unit: "%",
    valueLabel: "охват профминимумом",
    appliesTo: ["SCHOOL"],
    elements: ["career.grades6to11", "career.profMinimumCovered"],
    compute: ({ inputs }) =>
      percentOf(inputs.number("career.profMinimumCovered"), inputs.number("career.grades6to11")) ?? notApplicable("нет 6–11 классов"),
    rule: { type: "bands", bands: [{ min: 50, max: null, points: 1 }] },
    recommendations: [
      {
        text: "Профориентационным минимумом охвачено {value} обучающихся 6–11 классов (ориентир {target}). Включите курс внеурочной деятельности «Россия — мои горизонты» в планы всех 6–11 классов, зарегистрируйте школу в проекте «Билет в будущее» и организуйте профессиональные пробы на базе колледжей и предприятий.",
      },
    ],
    examples: [
      {
        title: "ровно 50 % — граница",
        inputs: { "career.grades6to11": 300, "career.profMinimumCovered": 150 },
        expected: { value: 50, points: 1 },
      },
      { title: "40 %", inputs: { "career.grades6to11": 300, "career.profMinimumCovered": 120 }, expected: { value: 40, points: 0 } },
      {
        title: "начальная школа",
        inputs: { "career.grades6to11": 0, "career.profMinimumCovered": 0 },
        expected: { status: "NOT_APPLICABLE" },
      },
    ],
    source: { kind: "prop", reference: "профориентационный минимум Минпросвещения России (с 2023 г.); порог — предложение разработчиков" },
  }),
  defineIndicator({
    code: "D7.3",
    title: "Профильные классы или предпрофильная подготовка",
    unit: "да/нет",
    valueLabel: "профильное обучение или предпрофильная подготовка",
    appliesTo: ["SCHOOL"],
    elements: ["career.grades6to11", "career.profileStudents", "career.preProfileStudents"],
    compute: ({ inputs }) =>
      inputs.number("career.grades6to11") === 0
        ? notApplicable("нет 6–11 классов")
        : inputs.number("career.profileStudents") + inputs.number("career.preProfileStudents") > 0,
    rule: { type: "binary", points: 1 },
    recommendations: [
      {
        text: "В школе нет профильных классов и предпрофильной подготовки. Изучите образовательные запросы обучающихся 8–9 классов и их родителей, введите элективные и ориентационные курсы, а в 10–11 классах — профильные группы, в том числе в сетевой форме с соседними школами, колледжами и вузами.",
      },
    ],
    examples: [
      {
        title: "есть профильные группы",
        inputs: { "career.grades6to11": 300, "career.profileStudents": 25, "career.preProfileStudents": 0 },
        expected: { value: true, points: 1 },
      },
      {
        title: "ни того ни другого",
        inputs: { "career.grades6to11": 300, "career.profileStudents": 0, "career.preProfileStudents": 0 },
        expected: { value: false, points: 0 },
      },
      { title: "начальная школа", inputs: { "career.grades6to11": 0 }, expected: { status: "NOT_APPLICABLE" } },
    ],
    source: { kind: "src", reference: "пост. Никифоровского МО от 12.03.2024 № 318; пост. администрации г. Самары № 1585" },
  }),
  defineIndicator({
    code: "D7.4",
    title: "Доля выпускников 9 и 11 классов, продолживших обучение или трудоустроенных",
    unit: "%",
    valueLabel: "доля продолживших обучение или трудоустроенных",
    appliesTo: ["SCHOOL"],
    elements: ["career.graduates", "career.graduatesPlaced"],
    compute: ({ inputs }) =>
      shareOfAll(inputs.number("career.graduatesPlaced"), inputs.number("career.graduates")) ??
      notApplicable("нет выпускников 9 и 11 классов"),
    rule: {
      type: "bands",
      bands: [
        { min: 80, max: 100, points: 1 },
        { min: 100, max: 100, includeMax: true, points: 2 },
      ],
    },
    recommendations: [
      {
        text: "Продолжили обучение или трудоустроены {value} выпускников (ориентир — все выпускники). Выясните судьбу каждого незанятого выпускника, совместно с центром занятости и колледжами предложите варианты обучения и работы, усильте индивидуальное профконсультирование в 9 и 11 классах.",
      },
    ],
    examples: [
      { title: "все выпускники", inputs: { "career.graduates": 100, "career.graduatesPlaced": 100 }, expected: { value: 100, points: 2 } },
      {
        title: "299 из 300 — не «все»",
        inputs: { "career.graduates": 300, "career.graduatesPlaced": 299 },
        expected: { value: 99.6, points: 1 },
      },
      {
        title: "ровно 80 % — граница",
        inputs: { "career.graduates": 100, "career.graduatesPlaced": 80 },
        expected: { value: 80, points: 1 },
      },
      { title: "79 %", inputs: { "career.graduates": 100, "career.graduatesPlaced": 79 }, expected: { value: 79, points: 0 } },
      { title: "нет выпускников", inputs: { "career.graduates": 0, "career.graduatesPlaced": 0 }, expected: { status: "NOT_APPLICABLE" } },
    ],
    source: { kind: "src", reference: "таблицы критериев оценки руководителей (учебное пособие)" },
  }),
  defineIndicator({
    code: "D7.6",
    title: "Программы в сетевой форме с предприятиями, СПО или вузами",
    unit: "ед.",
    valueLabel: "сетевые программы с предприятиями, СПО или вузами",
    appliesTo: ["SCHOOL", "ADDITIONAL"],
    elements: ["career.networkPrograms"],
    compute: ({ inputs }) => inputs.number("career.networkPrograms"),
    rule: { type: "binary", points: 1 },
    recommendations: [
      {
        text: "Нет программ, реализуемых в сетевой форме с предприятиями, колледжами или вузами. Заключите договор о сетевой форме хотя бы с одним предприятием или профессиональной образовательной организацией муниципалитета: совместные профпробы, практикумы на их оборудовании, наставничество специалистов.",
      },
    ],
    examples: [
      { title: "две программы", inputs: { "career.networkPrograms": 2 }, expected: { value: 2, points: 1 } },
      { title: "УДО без сетевых программ", kind: "ADDITIONAL", inputs: { "career.networkPrograms": 0 }, expected: { value: 0, points: 0 } },
      { title: "нет данных", inputs: {}, expected: { status: "MISSING" } },
    ],
    source: {
      kind: "prop",
      reference: "договоры о сетевой форме (ст. 15 Федерального закона № 273-ФЗ); правило — предложение разработчиков",
    },
  }),
];
