import { defineDirection } from "../../core/direction/define.js";
import { vprResultsFormat } from "../achievement/formats/vpr-results.js";
import { objectivityElements } from "./elements.js";
import { procedureIndicators } from "./indicators-procedure.js";
import { vprIndicators } from "./indicators-vpr.js";
import { objectivityListFormat } from "./list-format.js";
import { objectivitySampleData } from "./sample-data.js";
import { objectivitySchema } from "./schema.js";
import { objectivitySources } from "./sources.js";

export const objectivityDirection = defineDirection({
  id: "objectivity",
  code: "D5",
  title: "Объективность результатов внешней оценки",
  description:
    "Признаки необъективности результатов ВПР и меры по её обеспечению: перечни ОО с признаками необъективных результатов, сравнение отметок за ВПР с отметками по журналу, пики распределения первичных баллов (сигналы для анализа, не для рейтинга), независимые наблюдатели и перепроверка работ.",
  elements: objectivityElements,
  indicators: [...procedureIndicators, ...vprIndicators].sort((a, b) => Number(a.code.split(".")[1]) - Number(b.code.split(".")[1])),
  sources: objectivitySources,
  constraints: [
    { part: "objectivity.vprConfirmedMarks", whole: "objectivity.vprWithJournalMark" },
    { part: "objectivity.vprGaps2", whole: "objectivity.vprWithJournalMark" },
  ],
  sampleData: objectivitySampleData,
  // Its own list format, and the ВПР rows it reads (achievement lists the same value: one format).
  importFormats: [objectivityListFormat, vprResultsFormat],
  schema: objectivitySchema,
});
