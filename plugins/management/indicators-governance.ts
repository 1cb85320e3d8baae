// Governance: compliance with supervision, strategy, collegial bodies, internal quality assessment
// and reporting discipline.
import { defineIndicator } from "../../core/direction/define.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;
const VSOKO = ["management.vsokoRegulation", "management.vsokoPlan", "management.vsokoAnalysis", "management.vsokoDecisions"];

export const governanceIndicators = [
  defineIndicator({
    code: "D2.1",
    title: "Отсутствие предписаний надзорных органов и обоснованных жалоб",
    unit: "уровень",
    valueLabel: "предписания и обоснованные жалобы",
    appliesTo: ALL,
    elements: ["management.inspectionsOutcome"],
    compute: ({ inputs }) => inputs.text("management.inspectionsOutcome"),
    rule: {
      type: "level",
      levels: [
        { value: "none", label: "не было", points: 2 },
        { value: "fulfilled", label: "были, исполнены в срок", points: 1 },
        { value: "overdue", label: "есть не исполненные в срок", points: 0 },
      ],
    },
    recommendations: [
      {
        text: "Есть предписания надзорных органов или обоснованные жалобы, не исполненные в установленный срок. Утвердите приказом план устранения нарушений с ответственными и сроками, еженедельно контролируйте его выполнение и направьте в надзорный орган отчёт об исполнении предписания с подтверждающими документами.",
      },
    ],
    examples: [
      { title: "предписаний и жалоб не было", inputs: { "management.inspectionsOutcome": "none" }, expected: { points: 2 } },
      { title: "предписание исполнено в срок", inputs: { "management.inspectionsOutcome": "fulfilled" }, expected: { points: 1 } },
      { title: "предписание просрочено", inputs: { "management.inspectionsOutcome": "overdue" }, expected: { points: 0 } },
    ],
    source: { kind: "src", reference: "пост. Верхней Пышмы № 1017; критерии Службы специальных объектов" },
  }),
  defineIndicator({
    code: "D2.3",
    title: "Действующая программа развития (на срок не менее 3 лет)",
    unit: "да/нет",
    valueLabel: "действующая программа развития",
    appliesTo: ALL,
    elements: ["management.developmentProgram"],
    compute: ({ inputs }) => inputs.boolean("management.developmentProgram"),
    rule: { type: "binary", points: 2 },
    recommendations: [
      {
        text: "В организации нет действующей программы развития. Разработайте программу не менее чем на 3 года на основе проблемно-ориентированного анализа (самообследование, результаты ВСОКО и внешних оценочных процедур) с целевыми показателями и планом мероприятий и согласуйте её с учредителем (п. 7 ч. 3 ст. 28 Федерального закона № 273-ФЗ).",
      },
    ],
    examples: [
      { title: "программа действует", inputs: { "management.developmentProgram": true }, expected: { value: true, points: 2 } },
      { title: "срок программы истёк", inputs: { "management.developmentProgram": false }, expected: { points: 0 } },
    ],
    source: { kind: "src", reference: "таблицы критериев оценки руководителей (учебное пособие)" },
  }),
  defineIndicator({
    code: "D2.5",
    title: "Коллегиальные органы управления с участием родителей (законных представителей) или обучающихся",
    unit: "да/нет",
    valueLabel: "коллегиальные органы с участием родителей или обучающихся",
    appliesTo: ALL,
    elements: ["management.collegialBodies"],
    compute: ({ inputs }) => inputs.boolean("management.collegialBodies"),
    rule: { type: "binary", points: 1 },
    recommendations: [
      {
        text: "В организации не действуют коллегиальные органы с участием родителей или обучающихся. Создайте совет родителей, совет обучающихся или управляющий совет (ч. 6 ст. 26 Федерального закона № 273-ФЗ), закрепите их полномочия в уставе и учитывайте их мнение при принятии локальных актов (ч. 3 ст. 30).",
      },
    ],
    examples: [
      { title: "действует управляющий совет", inputs: { "management.collegialBodies": true }, expected: { points: 1 } },
      { title: "нет", inputs: { "management.collegialBodies": false }, expected: { points: 0 } },
    ],
    source: { kind: "src", reference: "критерии Службы специальных объектов" },
  }),
  defineIndicator({
    code: "D2.6",
    title: "ВСОКО: положение, план, анализ результатов, управленческие решения по итогам",
    unit: "ед.",
    valueLabel: "компонентов ВСОКО",
    appliesTo: ALL,
    elements: VSOKO,
    compute: ({ inputs }) => VSOKO.filter((code) => inputs.boolean(code)).length,
    rule: { type: "perUnit", parts: [{ label: "компонент ВСОКО", pointsPerUnit: 0.5, maxPoints: 2 }] },
    recommendations: [
      {
        text: "Внутренняя система оценки качества образования выстроена не полностью ({points} из {maxPoints}). Доведите цикл ВСОКО до конца: утвердите положение и план оценочных процедур, по итогам каждой процедуры готовьте аналитическую справку и издавайте приказ с мерами, ответственными и сроками, а в следующем цикле оценивайте результат принятых мер.",
      },
    ],
    examples: [
      {
        title: "все четыре компонента",
        inputs: {
          "management.vsokoRegulation": true,
          "management.vsokoPlan": true,
          "management.vsokoAnalysis": true,
          "management.vsokoDecisions": true,
        },
        expected: { value: 4, points: 2 },
      },
      {
        title: "положение и план без анализа и решений",
        inputs: {
          "management.vsokoRegulation": true,
          "management.vsokoPlan": true,
          "management.vsokoAnalysis": false,
          "management.vsokoDecisions": false,
        },
        expected: { value: 2, points: 1 },
      },
      {
        title: "не указаны решения",
        inputs: { "management.vsokoRegulation": true, "management.vsokoPlan": true },
        expected: { status: "MISSING" },
      },
    ],
    source: { kind: "prop", reference: "документы ВСОКО; управленческий цикл МУКО (письмо Рособрнадзора № 08-70)" },
  }),
  defineIndicator({
    code: "D2.7",
    title: "Своевременность представления отчётности в управление образования",
    unit: "да/нет",
    valueLabel: "все отчёты представлены в срок",
    appliesTo: ALL,
    elements: ["management.reportsLate"],
    compute: ({ inputs }) => inputs.number("management.reportsLate") === 0,
    rule: { type: "binary", points: 1 },
    recommendations: [
      {
        text: "Отчёты в управление образования представлялись позже установленного срока. Утвердите приказом график представления отчётности с ответственными исполнителями и их заместителями и включите контроль сроков в план внутреннего контроля.",
      },
    ],
    examples: [
      { title: "все отчёты в срок", inputs: { "management.reportsLate": 0 }, expected: { value: true, points: 1 } },
      { title: "один отчёт с опозданием", inputs: { "management.reportsLate": 1 }, expected: { value: false, points: 0 } },
    ],
    source: { kind: "prop", reference: "журнал учёта отчётности управления образования" },
  }),
];
