// Scheduled reminders: the deadline of data collection (N days before → heads whose data is
// incomplete; passed → the operator) and the due dates of decisions' measures. They run under a
// transaction-scoped advisory lock, so with several instances one writes them; the dedupe key of
// each notice makes a second run of the same day write nothing.
import type { Registry } from "../../direction/registry.js";
import { formatRuDate, todayInZone } from "../../domain/dates.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { cycleCompleteness } from "../intake/completeness.js";
import type { Tx } from "./events.js";
import { notify } from "./notify.js";
import { headsOf, operatorIdsOf } from "./recipients.js";

const REMINDERS_LOCK = 742_018;
const DAY_MS = 86_400_000;

const listed = (names: string[], limit = 5) =>
  names.slice(0, limit).join(", ") + (names.length > limit ? ` и ещё ${names.length - limit}` : "");

async function deadlineReminders(tx: Tx, registry: Registry, today: Date, days: readonly number[]): Promise<number> {
  let written = 0;
  const cycles = await tx.cycle.findMany({ where: { status: "COLLECTING" }, orderBy: { id: "asc" } });
  for (const cycle of cycles) {
    const daysLeft = Math.round((cycle.deadline.getTime() - today.getTime()) / DAY_MS);
    if (daysLeft >= 0 && !days.includes(daysLeft)) continue;
    const completeness = await cycleCompleteness({ prisma: tx as unknown as PrismaClient, registry, cycleId: cycle.id });
    const incomplete = completeness.filter((c) => c.filled < c.required);
    if (!incomplete.length) continue;
    const names = new Map(
      (
        await tx.organization.findMany({
          where: { id: { in: incomplete.map((c) => c.organizationId) } },
          select: { id: true, shortName: true },
        })
      ).map((o) => [o.id, o.shortName]),
    );
    if (daysLeft < 0) {
      written += await notify(tx, {
        userIds: await operatorIdsOf(tx, cycle.municipalityId),
        kind: "deadline.passed",
        cycleId: cycle.id,
        dedupeKey: `deadline.passed:${cycle.id}`,
        title: `Срок сбора данных истёк: «${cycle.title}»`,
        body: `Срок ${formatRuDate(cycle.deadline)} прошёл, данные не полны у организаций (${incomplete.length}): ${listed(incomplete.map((c) => `«${names.get(c.organizationId)}» (${c.filled} из ${c.required})`))}.`,
        link: "#/intake",
      });
      continue;
    }
    const heads = await headsOf(
      tx,
      incomplete.map((c) => c.organizationId),
    );
    for (const org of incomplete) {
      const missing = org.missing.map((code) => registry.element(code)?.title ?? code);
      written += await notify(tx, {
        userIds: heads.get(org.organizationId) ?? [],
        kind: "deadline.soon",
        cycleId: cycle.id,
        dedupeKey: `deadline.soon:${cycle.id}:${org.organizationId}:${daysLeft}`,
        title: `До срока сбора данных ${daysLeft === 1 ? "остался 1 день" : `осталось ${daysLeft} дн.`}: «${cycle.title}»`,
        body: `Срок — ${formatRuDate(cycle.deadline)}. Заполнено ${org.filled} из ${org.required}. Не хватает: ${listed(missing)}.`,
        link: "#/intake",
      });
    }
  }
  return written;
}

async function measureReminders(tx: Tx, today: Date, days: readonly number[]): Promise<number> {
  let written = 0;
  const measures = await tx.measure.findMany({
    where: { status: { in: ["PLANNED", "IN_PROGRESS"] }, dueOn: { not: null } },
    include: { decision: { select: { id: true, number: true, title: true, cycleId: true, cycle: { select: { municipalityId: true } } } } },
  });
  for (const measure of measures) {
    const daysLeft = Math.round(((measure.dueOn as Date).getTime() - today.getTime()) / DAY_MS);
    const isOverdue = daysLeft < 0;
    if (!isOverdue && !days.includes(daysLeft)) continue;
    // The responsible is written as a name: told when it is a user's full name.
    const responsible = await tx.user.findMany({
      where: { isActive: true, fullName: { equals: measure.responsible.trim(), mode: "insensitive" } },
      select: { id: true },
    });
    const { decision } = measure;
    written += await notify(tx, {
      userIds: [...responsible.map((u) => u.id), ...(await operatorIdsOf(tx, decision.cycle.municipalityId))],
      kind: isOverdue ? "measure.overdue" : "measure.due",
      cycleId: decision.cycleId,
      dedupeKey: isOverdue ? `measure.overdue:${measure.id}` : `measure.due:${measure.id}:${daysLeft}`,
      title: isOverdue ? `Просрочена мера: «${measure.title}»` : `Срок меры через ${daysLeft} дн.: «${measure.title}»`,
      body: `Решение № ${decision.number} «${decision.title}». Срок — ${formatRuDate(measure.dueOn as Date)}, ответственный — ${measure.responsible}.`,
      link: `#/decisions/${decision.cycleId}`,
    });
  }
  return written;
}

/** Writes the reminders due on `now`'s date; returns how many notices, or null when another instance runs them. */
export async function runReminders(args: {
  prisma: PrismaClient;
  registry: Registry;
  now: Date;
  days: readonly number[];
}): Promise<number | null> {
  const today = todayInZone(args.now);
  return args.prisma.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRawUnsafe<{ locked: boolean }[]>("SELECT pg_try_advisory_xact_lock($1) AS locked", REMINDERS_LOCK);
      if (!lock?.locked) return null;
      return (await deadlineReminders(tx, args.registry, today, args.days)) + (await measureReminders(tx, today, args.days));
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
