import { defineElements } from "../../core/direction/define.js";

const S = ["SCHOOL"] as const;

const listed = (code: string, year: string) => ({
  code,
  title: `ОО в перечне ОО с признаками необъективных результатов (${year})`,
  type: "boolean" as const,
  appliesTo: S,
  hint: "Перечень Рособрнадзора (ФИОКО), доведённый РЦОИ; «да», если ОО есть в перечне хотя бы по одному классу и предмету (4 РУ, 4 МА, 5 РУ, 5 МА…)",
});

export const objectivityElements = defineElements([
  // Перечни ОО с признаками необъективных результатов
  listed("objectivity.listedCurrent", "отчётный год"),
  listed("objectivity.listedPrevious1", "прошлый год"),
  listed("objectivity.listedPrevious2", "позапрошлый год"),
  // ВПР: сравнение с отметками по журналу (из «Индивидуальных результатов» ФИС ОКО)
  {
    code: "objectivity.vprWithJournalMark",
    title: "ВПР: работы, для которых указана отметка по журналу",
    type: "integer",
    unit: "ед.",
    appliesTo: S,
    hint: "Строки «Индивидуальных результатов» (все классы и предметы), где заполнены и «Отметка», и «Отметка по журналу»",
  },
  {
    code: "objectivity.vprConfirmedMarks",
    title: "ВПР: работы, где отметка за ВПР совпала с отметкой по журналу",
    type: "integer",
    unit: "ед.",
    appliesTo: S,
    hint: "Группа «Подтвердили» в «Сравнении отметок с отметками по журналу»",
  },
  {
    code: "objectivity.vprGaps2",
    title: "ВПР: расхождения отметки за ВПР и отметки по журналу на 2 балла и более",
    type: "integer",
    unit: "ед.",
    appliesTo: S,
    hint: "Работы, где |Отметка − Отметка по журналу| ≥ 2, в любую сторону",
  },
  // ВПР: распределение первичных баллов
  {
    code: "objectivity.vprPeakSample",
    title: "ВПР: объём выборки распределения первичных баллов",
    type: "integer",
    unit: "ед.",
    appliesTo: S,
    hint: "Работы в распределении (параллель и предмет), где найден пик; если пиков нет — в наибольшем распределении ОО. От 50 — вывод информативен, 20–49 — приблизительный, менее 20 — не анализируется",
  },
  {
    code: "objectivity.vprBoundaryPeak",
    title: "ВПР: пик первичных баллов на границе отметки",
    type: "boolean",
    appliesTo: S,
    hint: "«Да», если хотя бы в одном распределении (класс и предмет) частота балла на границе отметки или сразу над ней заметно выше соседних",
  },
  {
    code: "objectivity.vprPeakSignals",
    title: "ВПР: выявленные пики на границах отметок",
    type: "text",
    appliesTo: S,
    isRequired: false,
    hint: "Заполняется при импорте «Индивидуальных результатов»: параллель, предмет, граница, наблюдаемое и ожидаемое число работ, p-значение",
  },
  {
    code: "objectivity.vprJournalSignals",
    title: "ВПР: сигналы сравнения с отметками по журналу",
    type: "text",
    appliesTo: S,
    isRequired: false,
    hint: "Заполняется при импорте «Индивидуальных результатов»: параллель и предмет, где доля «понизили» или расхождений на 2 балла статистически выше порога",
  },
  // Организационные меры
  {
    code: "objectivity.vprObservers",
    title: "ВПР проведены в присутствии независимых (общественных) наблюдателей",
    type: "boolean",
    appliesTo: S,
    hint: "Приказ о проведении ВПР, списки и отчёты наблюдателей",
  },
  {
    code: "objectivity.vprRecheck",
    title: "Работы ВПР прошли перепроверку",
    type: "boolean",
    appliesTo: S,
    hint: "Муниципальная или региональная перепроверка либо перекрёстная проверка другой ОО; приказ и протокол",
  },
]);
