// Results: per-request memoized reads and the visibility rules the result fields share.

import { canSeeResults, expertAssignments, isPublished } from "../../domain/access.js";
import { getCycle } from "../../domain/cycles.js";
import type { Score } from "../../generated/prisma/client.js";
import { choiceOf, type PublicationChoice } from "../../services/publication/choice.js";
import type { DirectionOutcome } from "../../services/scoring/aggregate.js";
import { type AppContext, memo } from "../context.js";

export function scoresOf(ctx: AppContext, cycleId: number, organizationId: number): Promise<Score[]> {
  return memo(ctx, `scores:${cycleId}:${organizationId}`, () =>
    ctx.prisma.score.findMany({ where: { cycleId, organizationId }, orderBy: { id: "asc" } }),
  );
}

export function commentsOf(ctx: AppContext, cycleId: number, organizationId: number): Promise<Map<string, string>> {
  return memo(ctx, `comments:${cycleId}:${organizationId}`, async () => {
    const rows = await ctx.prisma.indicatorComment.findMany({ where: { cycleId, organizationId } });
    return new Map(rows.map((r) => [r.indicatorCode, r.text]));
  });
}

/** Before publication an expert sees only the directions assigned to them; null — no filter. */
export function expertDirections(ctx: AppContext, cycleId: number, organizationId: number): Promise<Set<string> | null> {
  const user = ctx.user;
  if (user?.role !== "EXPERT") return Promise.resolve(null);
  return memo(ctx, `expert-directions:${cycleId}:${organizationId}`, async () => {
    const cycle = await getCycle(ctx.prisma, cycleId);
    if (isPublished(cycle.status)) return null;
    return new Set((await expertAssignments(ctx.prisma, user, cycleId)).get(organizationId) ?? []);
  });
}

export async function visibleScores(ctx: AppContext, cycleId: number, organizationId: number): Promise<Score[]> {
  const [scores, only] = await Promise.all([scoresOf(ctx, cycleId, organizationId), expertDirections(ctx, cycleId, organizationId)]);
  return only ? scores.filter((s) => only.has(s.directionCode)) : scores;
}

/** Before publication the total, the level and the place follow the rights of `ratings`: from any
 *  set of scorecards they rebuild the rating. A head and an expert see them once published. */
export function canSeeTotals(ctx: AppContext, cycleId: number): Promise<boolean> {
  return memo(ctx, `totals:${cycleId}`, async () => {
    const cycle = await getCycle(ctx.prisma, cycleId);
    return canSeeResults({ prisma: ctx.prisma, user: ctx.user, cycle });
  });
}

export function groupMeans(ctx: AppContext, cycleId: number, group: string) {
  return memo(ctx, `group-means:${cycleId}:${group}`, async () => {
    const rows = await ctx.prisma.organizationResult.findMany({ where: { cycleId, comparisonGroup: group }, select: { directions: true } });
    const sums = new Map<string, { sum: number; n: number }>();
    for (const row of rows)
      for (const d of row.directions as unknown as DirectionOutcome[]) {
        const cell = sums.get(d.code) ?? { sum: 0, n: 0 };
        sums.set(d.code, cell);
        if (d.percent !== null) {
          cell.sum += d.percent;
          cell.n++;
        }
      }
    return [...sums.entries()].map(([code, c]) => ({ code, mean: c.n ? Math.round((c.sum / c.n) * 10) / 10 : null }));
  });
}

export async function organizationHistory(ctx: AppContext, cycleId: number, organizationId: number) {
  const cycle = await getCycle(ctx.prisma, cycleId);
  const rows = await ctx.prisma.organizationResult.findMany({
    where: { organizationId, cycle: { municipalityId: cycle.municipalityId, year: { lte: cycle.year } } },
    select: { cycleId: true, totalPercent: true, level: true, cycle: { select: { id: true, year: true, status: true } } },
    orderBy: { cycle: { year: "desc" } },
    take: 5,
  });
  const visible = [];
  for (const r of rows)
    if (r.cycleId === cycleId || (await canSeeResults({ prisma: ctx.prisma, user: ctx.user, cycle: r.cycle, organizationId })))
      visible.push({
        cycleId: r.cycleId,
        year: r.cycle.year,
        totalPercent: (await publishedPart(ctx, r.cycleId, "showTotal")) ? r.totalPercent : null,
        level: (await publishedPart(ctx, r.cycleId, "showLevel")) ? r.level : null,
      });
  return visible.reverse();
}

/** The organization and its predecessors through reorganizations, a few generations back. */
export async function withPredecessors(ctx: AppContext, organizationId: number): Promise<number[]> {
  const seen = new Set([organizationId]);
  let frontier = [organizationId];
  for (let depth = 0; depth < 5 && frontier.length; depth++) {
    const links = await ctx.prisma.reorganizationLink.findMany({
      where: { successorId: { in: frontier } },
      select: { predecessorId: true },
    });
    frontier = links.map((l) => l.predecessorId).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}

export const directionTitle = (ctx: AppContext, code: string) => ctx.registry.direction(code)?.title ?? code;

const NOTHING_PUBLISHED: PublicationChoice = {
  showLevel: false,
  showTotal: false,
  showDirections: false,
  showLeaderName: false,
  showAnalyticalReport: false,
};

/** What an anonymous visitor may read of a cycle's results: the operator's publication choice
 *  (nothing when the cycle was published without one); null — a signed-in viewer, whose rights the
 *  role rules settle. */
export function anonymousChoice(ctx: AppContext, cycleId: number): Promise<PublicationChoice | null> {
  if (ctx.user) return Promise.resolve(null);
  return memo(ctx, `public-choice:${cycleId}`, async () => {
    const row = await ctx.prisma.publication.findUnique({ where: { cycleId } });
    return row ? choiceOf(row) : NOTHING_PUBLISHED;
  });
}

/** Whether the viewer may read this part of a cycle's results; signed-in viewers always (as far as
 *  the role rules let them reach the results at all). */
export async function publishedPart(ctx: AppContext, cycleId: number, part: keyof PublicationChoice): Promise<boolean> {
  const choice = await anonymousChoice(ctx, cycleId);
  return choice === null || choice[part];
}
