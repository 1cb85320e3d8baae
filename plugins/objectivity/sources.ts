import { defineImportSource } from "../../core/direction/import/format.js";
import type { DataSourceDefinition } from "../../core/direction/types.js";
// The ВПР format belongs to the achievement direction, which contributes it; this one reads it too.
import { vprResultsFormat } from "../achievement/formats/vpr-results.js";
import { deriveObjectivity } from "./derive.js";
import { objectivityListFormat } from "./list-format.js";

export const objectivitySources: DataSourceDefinition[] = [
  defineImportSource(vprResultsFormat, {
    id: "objectivity-vpr-results",
    title: "ВПР: «Индивидуальные результаты» ФИС ОКО — сравнение с журналом и распределение баллов",
    elements: [
      "objectivity.vprWithJournalMark",
      "objectivity.vprConfirmedMarks",
      "objectivity.vprGaps2",
      "objectivity.vprPeakSample",
      "objectivity.vprBoundaryPeak",
      "objectivity.vprPeakSignals",
      "objectivity.vprJournalSignals",
    ],
    appliesTo: ["SCHOOL"],
    derive: deriveObjectivity,
  }),
  defineImportSource(objectivityListFormat, {
    id: "objectivity-lists",
    title: "Перечни ОО с признаками необъективных результатов за три года",
    elements: ["objectivity.listedCurrent", "objectivity.listedPrevious1", "objectivity.listedPrevious2"],
  }),
  {
    id: "vpr-procedure-orders",
    title: "Приказы о проведении ВПР: наблюдатели и перепроверка",
    kind: "manual",
    elements: ["objectivity.vprObservers", "objectivity.vprRecheck"],
  },
];
