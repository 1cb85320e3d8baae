// Creating an assessment cycle: its dates, its first methodology version (the directions' defaults), audited.
import { defaultMethodology } from "../../direction/methodology.js";
import type { Registry } from "../../direction/registry.js";
import { formatRuDate, parseIsoDate, utcDate } from "../../domain/dates.js";
import { InputError } from "../../errors.js";
import type { PrismaClient, Prisma as PrismaNs } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";

export interface CreateCycleInput {
  municipalityId: number;
  year: number;
  title?: string | null;
  /** ISO date; @default 1 February of the next year (распоряжение № 523). */
  deadline?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
}

function dateArg(name: string, text: string | null | undefined, fallback: Date): Date {
  if (text === null || text === undefined || text === "") return fallback;
  const date = parseIsoDate(text);
  if (!date) throw new InputError(`Поле «${name}»: «${text}» не дата в формате ГГГГ-ММ-ДД.`);
  return date;
}

export async function createCycle(args: { prisma: PrismaClient; registry: Registry; actorId: number | null; input: CreateCycleInput }) {
  const { prisma, input } = args;
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
    throw new InputError(`Год цикла ${input.year} вне допустимого диапазона 2000–2100.`);
  }
  const periodStart = dateArg("начало отчётного периода", input.periodStart, utcDate(input.year, 1, 1));
  const periodEnd = dateArg("конец отчётного периода", input.periodEnd, utcDate(input.year, 12, 31));
  const deadline = dateArg("срок", input.deadline, utcDate(input.year + 1, 2, 1));
  if (periodEnd < periodStart) throw new InputError("Конец отчётного периода раньше его начала.");
  if (deadline < periodStart) {
    throw new InputError(`Срок ${formatRuDate(deadline)} раньше начала отчётного периода ${formatRuDate(periodStart)}.`);
  }
  const existing = await prisma.cycle.findUnique({
    where: { municipalityId_year: { municipalityId: input.municipalityId, year: input.year } },
  });
  if (existing) throw new InputError(`Цикл мониторинга за ${input.year} год уже существует.`);
  const title = input.title?.trim() || `Мониторинг эффективности руководителей ОО за ${input.year} год`;
  const snapshot = defaultMethodology(args.registry);
  return prisma.$transaction(async (tx) => {
    const cycle = await tx.cycle.create({
      data: { municipalityId: input.municipalityId, year: input.year, title, periodStart, periodEnd, deadline },
    });
    await tx.methodologyVersion.create({
      data: {
        cycleId: cycle.id,
        version: 1,
        snapshot: snapshot as unknown as PrismaNs.InputJsonValue,
        comment: "Методика по умолчанию",
        createdById: args.actorId,
      },
    });
    await recordAudit(tx, {
      actorId: args.actorId,
      action: "cycle.create",
      entity: "Cycle",
      entityId: cycle.id,
      cycleId: cycle.id,
      details: { year: input.year, title, deadline: deadline.toISOString().slice(0, 10) },
    });
    return cycle;
  });
}
