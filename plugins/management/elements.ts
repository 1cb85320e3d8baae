import { defineElements } from "../../core/direction/define.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;

export const managementElements = defineElements([
  // Контроль и надзор, документы управления
  {
    code: "management.inspectionsOutcome",
    title: "Предписания надзорных органов и обоснованные жалобы за отчётный период",
    type: "level",
    appliesTo: ALL,
    hint: "Акты проверок и предписания (контроль в сфере образования, Роспотребнадзор, госпожнадзор), представления прокуратуры, жалобы, признанные обоснованными",
    options: [
      { value: "none", label: "не было" },
      { value: "fulfilled", label: "были, все исполнены в установленный срок" },
      { value: "overdue", label: "есть не исполненные в срок" },
    ],
  },
  {
    code: "management.developmentProgram",
    title: "Действует программа развития, рассчитанная не менее чем на 3 года",
    type: "boolean",
    appliesTo: ALL,
    hint: "Утверждённая (согласованная с учредителем) программа развития, срок которой охватывает конец отчётного периода",
  },
  {
    code: "management.collegialBodies",
    title: "Действуют коллегиальные органы управления с участием родителей или обучающихся",
    type: "boolean",
    appliesTo: ALL,
    hint: "Устав и положения (управляющий совет, совет родителей, совет обучающихся) и протоколы заседаний за отчётный период",
  },
  {
    code: "management.vsokoRegulation",
    title: "ВСОКО: утверждено положение",
    type: "boolean",
    appliesTo: ALL,
    hint: "Локальный акт о ВСОКО",
  },
  {
    code: "management.vsokoPlan",
    title: "ВСОКО: утверждён план оценочных процедур на учебный год",
    type: "boolean",
    appliesTo: ALL,
    hint: "План-график ВСОКО, приказ о его утверждении",
  },
  {
    code: "management.vsokoAnalysis",
    title: "ВСОКО: проведён анализ результатов оценки качества",
    type: "boolean",
    appliesTo: ALL,
    hint: "Аналитические справки по итогам оценочных процедур, раздел отчёта о самообследовании",
  },
  {
    code: "management.vsokoDecisions",
    title: "ВСОКО: приняты управленческие решения по итогам анализа",
    type: "boolean",
    appliesTo: ALL,
    hint: "Приказы или решения педсовета с мерами, ответственными и сроками",
  },
  {
    code: "management.reportsLate",
    title: "Отчёты в управление образования, представленные позже установленного срока",
    type: "integer",
    unit: "ед.",
    appliesTo: ALL,
    hint: "Журнал учёта отчётности управления образования за отчётный период; 0 — все отчёты в срок",
  },
  // Финансы
  {
    code: "finance.mzCompletion",
    title: "Выполнение муниципального задания",
    type: "percent",
    unit: "%",
    max: 200,
    appliesTo: ALL,
    hint: "Отчёт о выполнении муниципального задания за год: итоговая оценка по методике учредителя; при перевыполнении может быть больше 100 %",
  },
  {
    code: "finance.institutionType",
    title: "Тип учреждения",
    type: "level",
    appliesTo: ALL,
    hint: "Устав; у казённого учреждения доходы от приносящей доход деятельности поступают в бюджет",
    options: [
      { value: "budgetary", label: "бюджетное" },
      { value: "autonomous", label: "автономное" },
      { value: "treasury", label: "казённое" },
    ],
  },
  {
    code: "finance.extraBudgetIncome",
    title: "Доходы от приносящей доход деятельности за год",
    type: "number",
    unit: "тыс. руб.",
    appliesTo: ALL,
    hint: "Отчёт об исполнении плана ФХД (ф. 0503737), вид финансового обеспечения 2 — кассовые поступления",
  },
  {
    code: "finance.budgetFunds",
    title: "Бюджетные ассигнования за год (субсидии на выполнение МЗ и на иные цели)",
    type: "number",
    unit: "тыс. руб.",
    appliesTo: ALL,
    hint: "Отчёт об исполнении плана ФХД (ф. 0503737), виды финансового обеспечения 4 и 5",
  },
  // Официальный сайт
  {
    code: "website.itemsChecked",
    enteredBy: "expert",
    title: "Сайт: обязательных позиций раздела «Сведения об образовательной организации», применимых к организации",
    type: "integer",
    unit: "ед.",
    min: 1,
    appliesTo: ALL,
    hint: "Чек-лист проверки по Требованиям к структуре официального сайта (приказ Рособрнадзора от 04.08.2023 № 1493)",
  },
  {
    code: "website.itemsComplete",
    enteredBy: "expert",
    title: "Сайт: позиций размещено полностью и актуально",
    type: "integer",
    unit: "ед.",
    appliesTo: ALL,
    hint: "По тому же чек-листу: сведения есть, актуальны и в требуемом формате",
  },
]);
