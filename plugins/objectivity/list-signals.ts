// FEDERAL_LIST signals: the organization's entries in the federal lists of the cycle's year and the
// two before, per grade and subject — an imported fact, shown beside the computed signals.
import type { ListEntry } from "./list-store.js";
import type { Signal } from "./signals.js";

const YEARS = ["год", "года подряд", "года подряд"] as const;

export function federalListSignals(args: { year: number; organizationId: number; lists: ReadonlyMap<number, ListEntry[]> }): Signal[] {
  const own = [...args.lists.values()].flat().filter((e) => e.organizationId === args.organizationId);
  const groups = new Map<string, ListEntry[]>();
  for (const e of own)
    groups.set(`${e.procedure}|${e.grade}|${e.subject}`, [...(groups.get(`${e.procedure}|${e.grade}|${e.subject}`) ?? []), e]);
  return [...groups.values()].map((entries) => {
    const first = entries[0] as ListEntry;
    const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => b - a);
    let run = 0;
    while (years.includes(args.year - run)) run++;
    const where = `${first.procedure}, ${first.grade ?? "—"} кл., ${(first.subject ?? "").toLowerCase()}`;
    const explanation =
      run > 0
        ? `В перечне ОО с признаками необъективных результатов (${where}): ${years.join(", ")} — ${run} ${run === 1 ? "год" : YEARS[run - 1]}, включая отчётный.`
        : `В перечне ОО с признаками необъективных результатов (${where}) в ${years.join(", ")}; в отчётном году — нет.`;
    return {
      kind: "FEDERAL_LIST" as const,
      year: args.year,
      grade: first.grade ?? 0,
      subject: first.subject ?? "",
      className: null,
      value: run,
      threshold: 1,
      sampleSize: 0,
      reliability: "informative" as const,
      isRaised: run > 0,
      pValue: null,
      explanation,
    };
  });
}
