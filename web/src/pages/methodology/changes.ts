// The editor's state and the MethodologyChangesInput it sends: only what differs from the version.
import { parseNumber } from "../../forms/element-value.ts";
import type { EditorVersion } from "./api.ts";

export interface EditorDraft {
  high: string;
  medium: string;
  comparisonGroups: "KIND" | "KIND_AND_SIZE";
  directions: Record<string, { weight: string; isEnabled: boolean }>;
  indicators: Record<string, { isEnabled: boolean; usedInRating: boolean; rule: string }>;
}

const text = (n: number) => String(n).replace(".", ",");

export function emptyDraft(v: EditorVersion): EditorDraft {
  return {
    high: text(v.levels.high),
    medium: text(v.levels.medium),
    comparisonGroups: v.comparisonGroups,
    directions: Object.fromEntries(v.directions.map((d) => [d.code, { weight: text(d.weight), isEnabled: d.isEnabled }])),
    indicators: Object.fromEntries(
      v.directions.flatMap((d) =>
        d.indicators.map((i) => [i.code, { isEnabled: i.isEnabled, usedInRating: i.usedInRating, rule: JSON.stringify(i.rule) }]),
      ),
    ),
  };
}

interface Changes {
  directions?: { code: string; weight?: number; isEnabled?: boolean }[];
  indicators?: { code: string; isEnabled?: boolean; usedInRating?: boolean; rule?: unknown }[];
  levels?: { high: number; medium: number };
  comparisonGroups?: "KIND" | "KIND_AND_SIZE";
}

/** The changes, how many, and fields the client cannot even send (not a number, not JSON). */
export function buildChanges(v: EditorVersion, draft: EditorDraft): { changes: Changes; count: number; invalid: Record<string, string> } {
  const changes: Changes = {};
  const directions: NonNullable<Changes["directions"]> = [];
  const indicators: NonNullable<Changes["indicators"]> = [];
  const invalid: Record<string, string> = {};
  let count = 0;
  const high = parseNumber(draft.high);
  const medium = parseNumber(draft.medium);
  if (high === null || medium === null) invalid.levels = "Пороги — числа от 0 до 100.";
  else if (high !== v.levels.high || medium !== v.levels.medium) {
    changes.levels = { high, medium };
    count++;
  }
  if (draft.comparisonGroups !== v.comparisonGroups) {
    changes.comparisonGroups = draft.comparisonGroups;
    count++;
  }
  for (const d of v.directions) {
    const dd = draft.directions[d.code];
    if (!dd) continue;
    const weight = parseNumber(dd.weight);
    if (weight === null) {
      invalid[d.code] = "Вес — число, например 1 или 0,5.";
      continue;
    }
    if (weight !== d.weight || dd.isEnabled !== d.isEnabled) {
      directions.push({
        code: d.code,
        ...(weight !== d.weight ? { weight } : {}),
        ...(dd.isEnabled !== d.isEnabled ? { isEnabled: dd.isEnabled } : {}),
      });
      count++;
    }
    for (const i of d.indicators) {
      const di = draft.indicators[i.code];
      if (!di) continue;
      let rule: unknown;
      try {
        rule = JSON.parse(di.rule);
      } catch {
        invalid[i.code] = "Параметры правила — JSON, как в исходном значении.";
        continue;
      }
      const ruleChanged = JSON.stringify(rule) !== JSON.stringify(i.rule);
      if (ruleChanged || di.isEnabled !== i.isEnabled || di.usedInRating !== i.usedInRating) {
        indicators.push({
          code: i.code,
          ...(di.isEnabled !== i.isEnabled ? { isEnabled: di.isEnabled } : {}),
          ...(di.usedInRating !== i.usedInRating ? { usedInRating: di.usedInRating } : {}),
          ...(ruleChanged ? { rule } : {}),
        });
        count++;
      }
    }
  }
  if (directions.length) changes.directions = directions;
  if (indicators.length) changes.indicators = indicators;
  return { changes, count, invalid };
}
