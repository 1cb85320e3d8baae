// Times what the department's analytics page asks for on a scored region-sized cycle: the whole
// analytics (distributions, matrix, dynamics, problem lists) with rank stability (500 draws), over
// all organizations and for the schools alone, and one what-if.
import type { PrismaClient } from "../core/generated/prisma/client.js";
import { cycleAnalytics } from "../core/services/analytics/cycle-analytics.js";
import { whatIfFor } from "../core/services/analytics/what-if-for.js";

export const ANALYTICS_TARGET_MS = 2000;

export async function timeAnalytics(prisma: PrismaClient, cycleId: number) {
  let t0 = performance.now();
  const all = await cycleAnalytics({ prisma, cycleId });
  const analyticsMs = performance.now() - t0;
  t0 = performance.now();
  await cycleAnalytics({ prisma, cycleId, kind: "SCHOOL" });
  const schoolsMs = performance.now() - t0;
  const someone = all.matrix.find((m) => m.level !== "HIGH") ?? all.matrix[0];
  t0 = performance.now();
  const whatIf = someone ? await whatIfFor({ prisma, cycleId, organizationId: someone.organizationId }) : null;
  const whatIfMs = performance.now() - t0;
  return {
    analyticsOrganizations: all.organizations,
    rankDraws: all.stability.draws,
    analyticsMs: Math.round(analyticsMs),
    analyticsSchoolsMs: Math.round(schoolsMs),
    whatIfMs: Math.round(whatIfMs),
    whatIfMethod: whatIf?.method ?? null,
  };
}
