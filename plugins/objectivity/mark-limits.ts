// Mark-share limits per subject and cycle, set by the operator: stored, audited, and read by the
// MARK_SHARE_CAP signal. A subject without limits of its own uses DEFAULT_MARK_SHARE_LIMITS.
import { getCycle, InputError, type PrismaClient, recordAudit } from "../../core/schema/plugin-kit.js";
import type { MarkShareLimits } from "./stats/mark-share-caps.js";

export async function markLimitsOf(prisma: PrismaClient, cycleId: number): Promise<Map<string, MarkShareLimits>> {
  const rows = await prisma.objectivityMarkLimit.findMany({ where: { cycleId } });
  return new Map(rows.map((r) => [r.subject, { max4: r.max4, max5: r.max5, min2: r.min2 }]));
}

export async function setMarkLimits(args: {
  prisma: PrismaClient;
  actorId: number | null;
  cycleId: number;
  subject: string;
  limits: MarkShareLimits;
}) {
  const subject = args.subject.trim();
  if (!subject) throw new InputError("Укажите предмет, для которого задаются пределы долей отметок.");
  for (const [name, value] of [
    ["«4»", args.limits.max4],
    ["«5»", args.limits.max5],
    ["«2»", args.limits.min2],
  ] as const) {
    if (!Number.isFinite(value) || value < 0 || value > 100) throw new InputError(`Предел доли ${name} — число от 0 до 100 %.`);
  }
  await getCycle(args.prisma, args.cycleId);
  return args.prisma.$transaction(async (tx) => {
    const before = await tx.objectivityMarkLimit.findUnique({ where: { cycleId_subject: { cycleId: args.cycleId, subject } } });
    const saved = await tx.objectivityMarkLimit.upsert({
      where: { cycleId_subject: { cycleId: args.cycleId, subject } },
      create: { cycleId: args.cycleId, subject, ...args.limits, updatedById: args.actorId },
      update: { ...args.limits, updatedById: args.actorId },
    });
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "objectivity.markLimits",
      entity: "ObjectivityMarkLimit",
      entityId: saved.id,
      cycleId: args.cycleId,
      details: { subject, before: before ? { max4: before.max4, max5: before.max5, min2: before.min2 } : null, after: { ...args.limits } },
    });
    return saved;
  });
}
