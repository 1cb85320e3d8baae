// Resources and openness: the municipal assignment, extra-budgetary income and the official website.
import { defineIndicator, notApplicable, percentOf, shareOfAll } from "../../core/direction/define.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;

export const resourceIndicators = [
  defineIndicator({
    code: "D2.2",
    title: "Выполнение муниципального задания",
    unit: "%",
    valueLabel: "выполнение МЗ",
    appliesTo: ALL,
    elements: ["finance.mzCompletion"],
    compute: ({ inputs }) => inputs.number("finance.mzCompletion"),
    // The published scale ends at 100 %; over-fulfilment keeps the top band rather than falling outside the scale.
    rule: {
      type: "bands",
      bands: [
        { min: 50, max: 65, points: 1 },
        { min: 65, max: 75, points: 2 },
        { min: 75, max: 85, points: 3 },
        { min: 85, max: 95, points: 4 },
        { min: 95, max: null, points: 5 },
      ],
    },
    recommendations: [
      {
        text: "Муниципальное задание выполнено на {value} (ориентир {target}). Проанализируйте показатели объёма и качества, по которым отклонение превысило допустимое, устраните причины (сохранность контингента, укомплектованность, посещаемость) и при объективном изменении условий своевременно инициируйте корректировку задания у учредителя.",
      },
    ],
    examples: [
      { title: "ровно 95 %", inputs: { "finance.mzCompletion": 95 }, expected: { points: 5 } },
      { title: "перевыполнение 103 %", inputs: { "finance.mzCompletion": 103 }, expected: { points: 5 } },
      { title: "80 %", inputs: { "finance.mzCompletion": 80 }, expected: { points: 3 } },
      { title: "ниже 50 %", inputs: { "finance.mzCompletion": 48 }, expected: { points: 0 } },
    ],
    source: { kind: "src", reference: "приказ департамента образования Костромы № 1272" },
  }),
  defineIndicator({
    code: "D2.4",
    title: "Полнота раздела «Сведения об образовательной организации» официального сайта",
    unit: "%",
    valueLabel: "полнота раздела",
    appliesTo: ALL,
    elements: ["website.itemsChecked", "website.itemsComplete"],
    compute: ({ inputs }) => {
      const share = shareOfAll(inputs.number("website.itemsComplete"), inputs.number("website.itemsChecked"));
      return share ?? notApplicable("сайт не проверялся");
    },
    rule: {
      type: "bands",
      bands: [
        { min: 80, max: 100, points: 1 },
        { min: 100, max: null, points: 2 },
      ],
    },
    recommendations: [
      {
        text: "Раздел «Сведения об образовательной организации» заполнен на {value} (ориентир {target}). Назначьте приказом ответственного за сайт, разместите недостающие сведения по Требованиям к структуре официального сайта (приказ Рособрнадзора от 04.08.2023 № 1493) и обновляйте их не позднее 10 рабочих дней после изменений.",
      },
    ],
    examples: [
      {
        title: "все позиции размещены",
        inputs: { "website.itemsChecked": 40, "website.itemsComplete": 40 },
        expected: { value: 100, points: 2 },
      },
      {
        title: "32 из 40 — ровно 80 %",
        inputs: { "website.itemsChecked": 40, "website.itemsComplete": 32 },
        expected: { value: 80, points: 1 },
      },
      {
        title: "1999 из 2000 — не 100 %",
        inputs: { "website.itemsChecked": 2000, "website.itemsComplete": 1999 },
        expected: { points: 1 },
      },
      { title: "25 из 40", inputs: { "website.itemsChecked": 40, "website.itemsComplete": 25 }, expected: { value: 62.5, points: 0 } },
    ],
    source: { kind: "prop", reference: "проверка сайта по приказу Рособрнадзора № 1493" },
  }),
  defineIndicator({
    code: "D2.8",
    title: "Отношение внебюджетных доходов к бюджетным ассигнованиям",
    unit: "%",
    valueLabel: "внебюджетные доходы к бюджетным ассигнованиям",
    appliesTo: ALL,
    elements: ["finance.institutionType", "finance.extraBudgetIncome", "finance.budgetFunds"],
    compute: ({ inputs }) => {
      if (inputs.text("finance.institutionType") === "treasury") return notApplicable("казённое учреждение: доходы поступают в бюджет");
      return (
        percentOf(inputs.number("finance.extraBudgetIncome"), inputs.number("finance.budgetFunds")) ??
        notApplicable("нет бюджетных ассигнований")
      );
    },
    rule: {
      type: "bands",
      bands: [
        { min: 3, max: 10, points: 1 },
        { min: 10, max: null, points: 2 },
      ],
    },
    recommendations: [
      {
        text: "Внебюджетные доходы составляют {value} от бюджетных ассигнований (ориентир {target}). Развивайте приносящую доход деятельность, предусмотренную уставом: платные дополнительные образовательные услуги по запросам семей, участие в грантовых конкурсах, сдачу неиспользуемого имущества в аренду по согласованию с учредителем.",
      },
    ],
    examples: [
      {
        title: "3 000 из 30 000 тыс. руб. — ровно 10 %",
        inputs: { "finance.institutionType": "budgetary", "finance.extraBudgetIncome": 3000, "finance.budgetFunds": 30000 },
        expected: { value: 10, points: 2 },
      },
      {
        title: "2,5 %",
        inputs: { "finance.institutionType": "autonomous", "finance.extraBudgetIncome": 500, "finance.budgetFunds": 20000 },
        expected: { value: 2.5, points: 0 },
      },
      {
        title: "казённое учреждение",
        inputs: { "finance.institutionType": "treasury", "finance.extraBudgetIncome": 0, "finance.budgetFunds": 25000 },
        expected: { status: "NOT_APPLICABLE" },
      },
      {
        title: "нет данных о доходах",
        inputs: { "finance.institutionType": "budgetary", "finance.budgetFunds": 25000 },
        expected: { status: "MISSING" },
      },
    ],
    source: { kind: "src", reference: "примерные критерии для ДОУ, Республика Татарстан" },
  }),
];
