// The deficits of one scoring: every indicator whose template produced a recommendation, and
// every direction below 50 % (methodology §3), with the value the text was written for.
import type { DirectionOutcome } from "../scoring/aggregate.js";

export interface Deficit {
  organizationId: number;
  /** The indicator code ("D3.4") or, for a direction below 50 %, the direction code ("D3"). */
  key: string;
  indicatorCode: string | null;
  directionCode: string;
  text: string;
  value: string | null;
}

const formatPercent = (n: number) => String(n).replace(".", ",");

export function directionDeficitText(title: string, percent: number): string {
  return `Направление «${title}»: ${formatPercent(percent)} % — ниже 50 %. Включите меры по направлению в план работы на следующий год и проанализируйте их эффект в следующем цикле.`;
}

export function deficitsOf(args: {
  scores: readonly {
    organizationId: number;
    indicatorCode: string;
    directionCode: string;
    recommendation?: string | null;
    valueText?: string | null;
    points?: number | null;
  }[];
  results: readonly { organizationId: number; directions: unknown }[];
  directionTitle: (code: string) => string;
}): Deficit[] {
  const list: Deficit[] = [];
  for (const r of args.results) {
    for (const d of r.directions as DirectionOutcome[]) {
      if (d.percent === null || d.percent >= 50) continue;
      list.push({
        organizationId: r.organizationId,
        key: d.code,
        indicatorCode: null,
        directionCode: d.code,
        text: directionDeficitText(args.directionTitle(d.code), d.percent),
        value: `${formatPercent(d.percent)} %`,
      });
    }
  }
  for (const s of args.scores) {
    if (!s.recommendation) continue;
    list.push({
      organizationId: s.organizationId,
      key: s.indicatorCode,
      indicatorCode: s.indicatorCode,
      directionCode: s.directionCode,
      text: s.recommendation,
      value: s.valueText ?? null,
    });
  }
  return list;
}
