// The head's own qualification in management and the further training of the staff.
import { defineIndicator, notApplicable, percentOf } from "../../core/direction/define.js";

const ALL = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;

export const qualificationIndicators = [
  defineIndicator({
    code: "D1.1",
    title: "Повышение квалификации или переподготовка руководителя в области управления за последние 3 года",
    unit: "да/нет",
    valueLabel: "ПК или переподготовка по управлению за последние 3 года",
    appliesTo: ALL,
    elements: ["head.managementTrainingYear"],
    // A year rather than a yes/no: the three-year window moves with the cycle, so last year's «да» cannot go stale.
    compute: ({ inputs, context }) => {
      const year = inputs.number("head.managementTrainingYear");
      return year > 0 && year >= context.year - 2;
    },
    rule: { type: "binary", points: 2 },
    description: "Учитываются удостоверения и дипломы, выданные в отчётном году и двух предыдущих.",
    recommendations: [
      {
        text: "Руководитель не проходил повышение квалификации или переподготовку в области управления последние 3 года. Включите в план на ближайший год программу ПК по управлению образовательной организацией (не менее 36 ч) из федерального реестра дополнительных профессиональных педагогических программ или программ регионального института развития образования.",
      },
    ],
    examples: [
      { title: "ПК в 2023 году — в пределах 3 лет", inputs: { "head.managementTrainingYear": 2023 }, expected: { value: true, points: 2 } },
      { title: "ПК в 2022 году — срок вышел", inputs: { "head.managementTrainingYear": 2022 }, expected: { value: false, points: 0 } },
      { title: "не проходил", inputs: { "head.managementTrainingYear": 0 }, expected: { points: 0 } },
      { title: "нет данных", inputs: {}, expected: { status: "MISSING" } },
    ],
    source: { kind: "prop", reference: "удостоверения о ПК, дипломы, отчёт о ПК" },
  }),
  defineIndicator({
    code: "D1.2",
    title: "Профессиональная переподготовка или высшее образование по направлению «менеджмент в образовании»",
    unit: "да/нет",
    valueLabel: "переподготовка или ВО по менеджменту в образовании",
    appliesTo: ALL,
    elements: ["head.managementDiploma"],
    compute: ({ inputs }) => inputs.boolean("head.managementDiploma"),
    rule: { type: "binary", points: 1 },
    recommendations: [
      {
        text: "У руководителя нет профессиональной переподготовки или высшего образования в области управления. Квалификационные требования к должности руководителя (ЕКС, приказ Минздравсоцразвития России от 26.08.2010 № 761н) предусматривают образование в области государственного и муниципального управления или менеджмента: спланируйте переподготовку по программе «Менеджмент в образовании» (не менее 250 ч).",
      },
    ],
    examples: [
      { title: "есть диплом о переподготовке", inputs: { "head.managementDiploma": true }, expected: { value: true, points: 1 } },
      { title: "нет", inputs: { "head.managementDiploma": false }, expected: { points: 0 } },
    ],
    source: { kind: "prop", reference: "диплом о ВО или о профессиональной переподготовке" },
  }),
  defineIndicator({
    code: "D1.3",
    title: "Доля педагогических и административно-хозяйственных работников, прошедших ПК за последние 3 года",
    unit: "%",
    valueLabel: "доля прошедших ПК",
    appliesTo: ALL,
    elements: ["training.staffTotal", "training.staffTrained3y"],
    compute: ({ inputs }) =>
      percentOf(inputs.number("training.staffTrained3y"), inputs.number("training.staffTotal")) ??
      notApplicable("нет педагогических и административно-хозяйственных работников"),
    rule: {
      type: "bands",
      bands: [
        { min: 70, max: 90, points: 1 },
        { min: 90, max: null, points: 2 },
      ],
    },
    description:
      "Формулировка показателя 1.33 самообследования (ДОО — 1.12) по приказу Минобрнауки № 1324, но за 3 года, а не за 5: педагоги имеют право на ДПО не реже одного раза в три года (ч. 5 ст. 47 Федерального закона № 273-ФЗ).",
    recommendations: [
      {
        text: "Доля работников, прошедших повышение квалификации за последние 3 года, — {value} (ориентир {target}). Составьте перспективный план ПК на 3 года с поимённым списком работников и сроками, учитывая право педагогов на ДПО не реже одного раза в три года (ч. 5 ст. 47 Федерального закона № 273-ФЗ), и проверяйте его выполнение каждое полугодие.",
      },
    ],
    examples: [
      {
        title: "45 из 50 — ровно 90 %",
        inputs: { "training.staffTotal": 50, "training.staffTrained3y": 45 },
        expected: { value: 90, points: 2 },
      },
      {
        title: "35 из 40 — 87,5 %",
        inputs: { "training.staffTotal": 40, "training.staffTrained3y": 35 },
        expected: { value: 87.5, points: 1 },
      },
      {
        title: "30 из 50 — 60 %",
        inputs: { "training.staffTotal": 50, "training.staffTrained3y": 30 },
        expected: { value: 60, points: 0 },
      },
      { title: "нет числа прошедших ПК", inputs: { "training.staffTotal": 50 }, expected: { status: "MISSING" } },
    ],
    source: { kind: "src", reference: "приказ Минобрнауки № 1324, показатель 1.33 (ДОО — 1.12); период 3 года" },
  }),
];
