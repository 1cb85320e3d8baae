// Checks a decision as the department enters it: every reference must exist, and every measure
// must say what is done and who answers for it. All problems are reported at once.
import type { Registry } from "../../direction/registry.js";
import { InputError, type InputProblem } from "../../errors.js";
import type { DecisionKind, PrismaClient } from "../../generated/prisma/client.js";

export const MEASURE_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const DECISION_KIND_NAMES: Record<DecisionKind, string> = {
  ORDER: "приказ",
  DIRECTIVE: "распоряжение",
  INSTRUCTION: "указание",
  RECOMMENDATION: "рекомендация",
};

export interface MeasureInput {
  title: string;
  responsible: string;
  dueOn?: Date | null;
  status?: string | null;
  completionNote?: string | null;
  completedOn?: Date | null;
}

export interface DecisionInput {
  cycleId: number;
  kind: DecisionKind;
  number: string;
  date: Date;
  title: string;
  organizationIds: readonly number[];
  directionCodes: readonly string[];
  indicatorCodes: readonly string[];
  measures: readonly MeasureInput[];
}

export async function checkDecisionInput(prisma: PrismaClient, registry: Registry, input: DecisionInput) {
  const problems: InputProblem[] = [];
  const number = input.number.trim();
  const title = input.title.trim();
  if (!number) problems.push({ field: "number", message: "Укажите номер документа." });
  if (!title) problems.push({ field: "title", message: "Укажите заголовок документа." });
  const cycle = await prisma.cycle.findUnique({ where: { id: input.cycleId }, select: { id: true, municipalityId: true } });
  if (!cycle) problems.push({ field: "cycleId", message: `Цикл № ${input.cycleId} не найден.` });
  const organizationIds = [...new Set(input.organizationIds)];
  const found = await prisma.organization.findMany({ where: { id: { in: organizationIds } }, select: { id: true, municipalityId: true } });
  for (const id of organizationIds) {
    const org = found.find((o) => o.id === id);
    if (!org) problems.push({ field: "organizationIds", message: `Организация № ${id} не найдена.` });
    else if (cycle && org.municipalityId !== cycle.municipalityId)
      problems.push({ field: "organizationIds", message: `Организация № ${id} из другого муниципалитета.` });
  }
  const directionCodes = [...new Set(input.directionCodes)].map((code) => {
    const direction = registry.direction(code);
    if (!direction) problems.push({ field: "directionCodes", message: `Неизвестное направление «${code}».` });
    return direction?.code ?? code;
  });
  const indicatorCodes = [...new Set(input.indicatorCodes)];
  for (const code of indicatorCodes)
    if (!registry.indicator(code)) problems.push({ field: "indicatorCodes", message: `Неизвестный показатель «${code}».` });
  const measures = input.measures.map((m, index) => {
    const where = `Мероприятие ${index + 1}`;
    const status = (m.status ?? "PLANNED").trim().toUpperCase();
    if (!m.title.trim()) problems.push({ field: `measures.${index}.title`, message: `${where}: укажите, что нужно сделать.` });
    if (!m.responsible.trim()) problems.push({ field: `measures.${index}.responsible`, message: `${where}: укажите ответственного.` });
    if (!(MEASURE_STATUSES as readonly string[]).includes(status))
      problems.push({
        field: `measures.${index}.status`,
        message: `${where}: статус «${m.status}» не подходит; допустимы PLANNED, IN_PROGRESS, DONE, CANCELLED.`,
      });
    return {
      position: index + 1,
      title: m.title.trim(),
      responsible: m.responsible.trim(),
      dueOn: m.dueOn ?? null,
      status,
      completionNote: m.completionNote?.trim() || null,
      completedOn: m.completedOn ?? null,
    };
  });
  if (problems.length) {
    throw new InputError(
      problems.length === 1 ? (problems[0]?.message ?? "") : `Решение не сохранено: ${problems.length} ошибки(ок) в данных.`,
      problems,
    );
  }
  return {
    decision: {
      cycleId: input.cycleId,
      kind: input.kind,
      number,
      date: input.date,
      title,
      organizationIds,
      directionCodes,
      indicatorCodes,
    },
    measures,
  };
}
