// Plausible synthetic values for the demo municipality: better-run organizations (higher `quality`)
// have fewer violations, fulfil the municipal assignment, keep their website complete and earn more.
import type { ElementValue, SampleDataContext } from "../../core/direction/types.js";

const between = (random: () => number, min: number, max: number) => min + random() * (max - min);
const round1 = (n: number) => Math.round(n * 10) / 10;

// Budget funding per child or student per year, thousand roubles, by kind of organization.
const FUNDS_PER_PUPIL = { SCHOOL: 110, PRESCHOOL: 160, ADDITIONAL: 25 } as const;
const WEBSITE_ITEMS = 40;

export function managementSampleData(ctx: SampleDataContext): Record<string, ElementValue | null> {
  const { random, quality: q } = ctx;
  const inspection = random();
  const type = random() < 0.1 ? "treasury" : random() < 0.15 ? "autonomous" : "budgetary";
  const budget = Math.round(ctx.contingent * FUNDS_PER_PUPIL[ctx.kind] * between(random, 0.85, 1.15));
  const hasVsoko = (chance: number) => random() < chance + (1 - chance) * q;
  return {
    "management.inspectionsOutcome": inspection < 0.3 + 0.5 * q ? "none" : inspection < 0.9 + 0.08 * q ? "fulfilled" : "overdue",
    "management.developmentProgram": random() < 0.7 + 0.28 * q,
    "management.collegialBodies": random() < 0.75 + 0.24 * q,
    "management.vsokoRegulation": hasVsoko(0.85),
    "management.vsokoPlan": hasVsoko(0.7),
    "management.vsokoAnalysis": hasVsoko(0.5),
    "management.vsokoDecisions": hasVsoko(0.25),
    "management.reportsLate": random() < 0.6 + 0.35 * q ? 0 : 1 + Math.floor(random() * 3),
    "finance.mzCompletion": round1(Math.min(105, between(random, 70 + 22 * q, 88 + 14 * q))),
    "finance.institutionType": type,
    "finance.extraBudgetIncome": type === "treasury" ? 0 : Math.round(budget * between(random, 0.005 + 0.06 * q, 0.03 + 0.12 * q)),
    "finance.budgetFunds": budget,
    "website.itemsChecked": WEBSITE_ITEMS,
    "website.itemsComplete": Math.min(WEBSITE_ITEMS, Math.round(WEBSITE_ITEMS * between(random, 0.7 + 0.25 * q, 0.85 + 0.2 * q))),
  };
}
