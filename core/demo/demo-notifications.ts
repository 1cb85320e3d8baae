// The demo's notification centre: the head `leader` has an expert's return of a value and the
// recommendations sent to their school; the operator has the finished review. Written by the
// same event functions the services call.
import type { Registry } from "../direction/registry.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { noticeAllAccepted, noticeRecommendationsSent, noticeReviewReturned } from "../services/notifications/events.js";

export async function demoNotifications(prisma: PrismaClient, args: { registry: Registry; headOrganizationId: number }): Promise<void> {
  const cycles = await prisma.cycle.findMany({ orderBy: { year: "desc" }, select: { id: true, status: true } });
  const latest = cycles[0];
  const published = cycles.find((c) => c.status === "PUBLISHED");
  const expert = await prisma.user.findUnique({ where: { login: "expert" }, select: { id: true } });
  await prisma.$transaction(async (tx) => {
    if (published) {
      const sent = await tx.recommendation.findMany({
        where: { cycleId: published.id, organizationId: args.headOrganizationId, sentAt: { not: null } },
        select: { organizationId: true },
      });
      if (sent.length)
        await noticeRecommendationsSent(tx, { cycleId: published.id, organizationIds: sent.map((r) => r.organizationId), actorId: null });
    }
    if (latest) {
      await noticeReviewReturned(tx, {
        cycleId: latest.id,
        organizationId: args.headOrganizationId,
        direction: "D3",
        reason: "Число участников ВПР в форме (120) не совпадает с ФИС ОКО (118): уточните и отправьте повторно.",
        elements: [args.registry.element("vpr.participants")?.title ?? "vpr.participants"],
        actorId: expert?.id ?? null,
      });
      await noticeAllAccepted(tx, { cycleId: latest.id, actorId: null });
    }
  });
}
