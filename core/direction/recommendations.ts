// Addressed recommendations: a deficit of an indicator fills its template with the numbers of the
// organization.
import { formatPoints, formatWithUnit } from "./format.js";
import type { RecommendationParam, RecommendationTemplate } from "./types.js";

export interface DeficitFacts {
  status: "SCORED" | "MISSING" | "NOT_APPLICABLE";
  points: number | null;
  maxPoints: number;
}

/** Deficit: an indicator scoring below half its maximum (methodology §3). */
export const isDeficit = (facts: DeficitFacts): boolean =>
  facts.status === "SCORED" && facts.points !== null && facts.points < facts.maxPoints / 2;

function templateApplies(template: RecommendationTemplate, facts: DeficitFacts): boolean {
  switch (template.when ?? "deficit") {
    case "deficit":
      return isDeficit(facts);
    case "zero":
      return facts.status === "SCORED" && (facts.points ?? 0) <= 0;
    case "missing":
      return facts.status === "MISSING";
  }
}

export function renderRecommendation(args: {
  templates: readonly RecommendationTemplate[];
  facts: DeficitFacts;
  params: { value: number | string | null; unit: string; target: string; mean?: number; title: string };
}): string | null {
  const template = args.templates.find((t) => templateApplies(t, args.facts));
  if (!template) return null;
  const { params, facts } = args;
  const fmt = (v: number | string | null | undefined) =>
    v === null || v === undefined ? "—" : typeof v === "number" ? formatWithUnit(Math.round(v * 10) / 10, params.unit) : v;
  const values: Record<RecommendationParam, string> = {
    value: fmt(params.value),
    target: params.target,
    points: formatPoints(facts.points ?? 0),
    maxPoints: formatPoints(facts.maxPoints),
    mean: fmt(params.mean),
    title: params.title,
  };
  return template.text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? values[key as RecommendationParam] : whole));
}
