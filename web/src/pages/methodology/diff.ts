// What changed between two versions of a cycle's methodology, in Russian lines «было → стало».
import type { EditorVersion } from "./api.ts";

const yesNo = (v: boolean) => (v ? "да" : "нет");
const num = (v: number) => String(v).replace(".", ",");
const GROUPS: Record<string, string> = { KIND: "по виду организации", KIND_AND_SIZE: "по виду и размеру" };

export function methodologyDiff(before: EditorVersion, after: EditorVersion): string[] {
  const lines: string[] = [];
  if (before.levels.high !== after.levels.high) lines.push(`Порог высокого уровня: ${num(before.levels.high)} → ${num(after.levels.high)}`);
  if (before.levels.medium !== after.levels.medium)
    lines.push(`Порог среднего уровня: ${num(before.levels.medium)} → ${num(after.levels.medium)}`);
  if (before.comparisonGroups !== after.comparisonGroups)
    lines.push(`Группы сравнения: ${GROUPS[before.comparisonGroups]} → ${GROUPS[after.comparisonGroups]}`);
  for (const d of after.directions) {
    const old = before.directions.find((x) => x.code === d.code);
    if (!old) continue;
    if (old.weight !== d.weight) lines.push(`${d.code}: вес ${num(old.weight)} → ${num(d.weight)}`);
    if (old.isEnabled !== d.isEnabled) lines.push(`${d.code}: включено ${yesNo(old.isEnabled)} → ${yesNo(d.isEnabled)}`);
    for (const i of d.indicators) {
      const was = old.indicators.find((x) => x.code === i.code);
      if (!was) continue;
      if (was.isEnabled !== i.isEnabled) lines.push(`${i.code}: включён ${yesNo(was.isEnabled)} → ${yesNo(i.isEnabled)}`);
      if (was.usedInRating !== i.usedInRating) lines.push(`${i.code}: в рейтинге ${yesNo(was.usedInRating)} → ${yesNo(i.usedInRating)}`);
      if (JSON.stringify(was.rule) !== JSON.stringify(i.rule))
        lines.push(`${i.code}: параметры правила ${JSON.stringify(was.rule)} → ${JSON.stringify(i.rule)}`);
    }
  }
  return lines;
}
