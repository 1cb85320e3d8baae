// The management loop in the demo: past cycles' recommendations approved and sent, the demo head's
// acknowledged and worked on; and a decision answering the 2024 results for the schools weakest in
// one direction, whose measures lift those schools in 2025 — so the effect analysis has something
// real to show. Generic: the direction and indicators are chosen from the scores, not named.
import type { Registry } from "../direction/registry.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { createDecision } from "../services/decisions/decisions.js";
import type { DirectionOutcome } from "../services/scoring/aggregate.js";

/** How much the linked schools' latent quality grows in the decision's direction next year. */
export const DEMO_DECISION_LIFT = 0.45;

export interface DemoLift {
  directionCode: string;
  organizationIds: ReadonlySet<number>;
}

export async function sendDemoRecommendations(prisma: PrismaClient, args: { cycleId: number; year: number; headOrganizationId: number }) {
  const sentAt = new Date(Date.UTC(args.year + 1, 1, 15));
  await prisma.recommendation.updateMany({
    where: { cycleId: args.cycleId, status: "DRAFT" },
    data: { status: "SENT", approvedAt: new Date(Date.UTC(args.year + 1, 1, 10)), sentAt },
  });
  const own = await prisma.recommendation.findMany({
    where: { cycleId: args.cycleId, organizationId: args.headOrganizationId },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const ackAt = new Date(Date.UTC(args.year + 1, 1, 20));
  await prisma.recommendation.updateMany({
    where: { id: { in: own.map((r) => r.id) } },
    data: {
      status: "ACKNOWLEDGED",
      acknowledgedAt: ackAt,
      plan: "Разобрать дефицит на совещании при директоре, назначить ответственного, включить мероприятия в план работы на год.",
      planDueOn: new Date(Date.UTC(args.year + 1, 5, 1)),
    },
  });
  const [first, second] = own;
  if (first) {
    await prisma.recommendation.update({
      where: { id: first.id },
      data: { status: "DONE", doneAt: new Date(Date.UTC(args.year + 1, 4, 20)) },
    });
    await prisma.recommendationProgress.createMany({
      data: [
        { recommendationId: first.id, status: "IN_PROGRESS", text: "Проведено совещание, назначен ответственный.", createdAt: ackAt },
        {
          recommendationId: first.id,
          status: "DONE",
          text: "Мероприятия плана выполнены.",
          createdAt: new Date(Date.UTC(args.year + 1, 4, 20)),
        },
      ],
    });
  }
  if (second) {
    await prisma.recommendation.update({ where: { id: second.id }, data: { status: "IN_PROGRESS" } });
    await prisma.recommendationProgress.create({
      data: { recommendationId: second.id, status: "IN_PROGRESS", text: "Разработан план мероприятий, начато обучение.", createdAt: ackAt },
    });
  }
}

/** The decision for the schools weakest in the direction where most schools fall short. */
export async function demoDecision(
  prisma: PrismaClient,
  registry: Registry,
  cycle: { id: number; year: number },
): Promise<DemoLift | null> {
  const results = await prisma.organizationResult.findMany({
    where: { cycleId: cycle.id, organization: { kind: "SCHOOL" } },
    select: { organizationId: true, directions: true },
  });
  const low = new Map<string, { organizationId: number; percent: number }[]>();
  for (const r of results)
    for (const d of r.directions as unknown as DirectionOutcome[]) {
      if (d.percent === null || d.percent >= 75 || !registry.direction(d.code)?.sampleData) continue;
      low.set(d.code, [...(low.get(d.code) ?? []), { organizationId: r.organizationId, percent: d.percent }]);
    }
  const [directionCode, weak] = [...low.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!directionCode || !weak || weak.length < 6) return null;
  const linked = weak
    .sort((a, b) => a.percent - b.percent)
    .slice(0, 5)
    .map((w) => w.organizationId);
  const scores = await prisma.score.findMany({
    where: { cycleId: cycle.id, organizationId: { in: linked }, directionCode, status: "SCORED", maxPoints: { gt: 0 } },
    select: { indicatorCode: true, points: true, maxPoints: true },
  });
  const shortfall = new Map<string, number>();
  for (const s of scores) shortfall.set(s.indicatorCode, (shortfall.get(s.indicatorCode) ?? 0) + 1 - (s.points ?? 0) / s.maxPoints);
  const indicatorCodes = [...shortfall.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([code]) => code);
  const title = registry.direction(directionCode)?.title ?? directionCode;
  const year = cycle.year + 1;
  await createDecision({
    prisma,
    registry,
    actorId: null,
    input: {
      cycleId: cycle.id,
      kind: "ORDER",
      number: "45-о",
      date: new Date(Date.UTC(year, 2, 10)),
      title: `О мерах по устранению дефицитов по направлению «${title}» по итогам мониторинга ${cycle.year} года`,
      organizationIds: linked,
      directionCodes: [directionCode],
      indicatorCodes,
      measures: [
        {
          title: `Разобрать с руководителями дефициты по направлению «${title}» и утвердить планы их устранения`,
          responsible: "МКУ «ЦРО»",
          dueOn: new Date(Date.UTC(year, 3, 30)),
          status: "DONE",
          completionNote: "Проведён семинар, планы утверждены.",
          completedOn: new Date(Date.UTC(year, 3, 25)),
        },
        {
          title: "Стажировка руководителей на базе организаций с лучшими практиками",
          responsible: "Управление образования",
          dueOn: new Date(Date.UTC(year, 9, 1)),
          status: "DONE",
          completionNote: "Стажировка проведена.",
          completedOn: new Date(Date.UTC(year, 8, 28)),
        },
        {
          title: "Проанализировать эффект мер по итогам следующего цикла мониторинга",
          responsible: "МКУ «ЦРО»",
          dueOn: new Date(Date.UTC(year + 1, 2, 1)),
          status: "PLANNED",
        },
      ],
    },
  });
  return { directionCode, organizationIds: new Set(linked) };
}
