// The effect of a decision (federal МУКО model): for each indicator or direction it addresses, the
// change of the linked organizations from the decision's cycle to a later one against the change
// of all other organizations of the same kind — a difference of differences. Values are points as
// a share of the maximum (indicators) or direction percentages, so higher is always better and
// indicators of different units compare. Only organizations scored in both cycles count.
import { InputError, NotFoundError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { reorganizedBetween } from "../registry/reorganizations.js";
import type { DirectionOutcome } from "../scoring/aggregate.js";

export const MIN_SAMPLE = 3;

export interface IndicatorEffect {
  indicatorCode: string;
  isDirection: boolean;
  linkedBefore: number | null;
  linkedAfter: number | null;
  othersBefore: number | null;
  othersAfter: number | null;
  linkedCount: number;
  othersCount: number;
  difference: number | null;
  explanation: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (list: readonly number[]) => (list.length ? list.reduce((s, v) => s + v, 0) / list.length : null);
const fmt = (n: number) => String(round1(n)).replace(".", ",");
const signed = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : "±"}${fmt(Math.abs(n))}`;

type Values = Map<string, Map<number, number>>;

function add(map: Values, code: string, organizationId: number, value: number) {
  const inner = map.get(code) ?? new Map<number, number>();
  map.set(code, inner);
  inner.set(organizationId, value);
}

async function valuesOf(prisma: PrismaClient, cycleId: number, indicators: string[], directions: string[], orgIds: number[]) {
  const values: Values = new Map();
  const scores = await prisma.score.findMany({
    where: { cycleId, indicatorCode: { in: indicators }, organizationId: { in: orgIds }, status: "SCORED" },
    select: { organizationId: true, indicatorCode: true, points: true, maxPoints: true },
  });
  for (const s of scores)
    if (s.maxPoints > 0 && s.points !== null) add(values, s.indicatorCode, s.organizationId, (s.points / s.maxPoints) * 100);
  if (directions.length) {
    const results = await prisma.organizationResult.findMany({
      where: { cycleId, organizationId: { in: orgIds } },
      select: { organizationId: true, directions: true },
    });
    for (const r of results)
      for (const d of r.directions as unknown as DirectionOutcome[])
        if (directions.includes(d.code) && d.percent !== null) add(values, d.code, r.organizationId, d.percent);
  }
  return values;
}

export function effectOf(args: {
  code: string;
  isDirection: boolean;
  before: ReadonlyMap<number, number>;
  after: ReadonlyMap<number, number>;
  linked: ReadonlySet<number>;
  years: { before: number; after: number };
  /** Organizations merged or split between the cycles: left out, and named in the explanation. */
  reorganized?: ReadonlyMap<number, { name: string; reason: string }>;
}): IndicatorEffect {
  const reorganized = args.reorganized ?? new Map<number, { name: string; reason: string }>();
  const paired = [...args.before.keys()].filter((id) => args.after.has(id) && !reorganized.has(id));
  const left = [...reorganized].filter(([id]) => args.before.has(id) || args.after.has(id));
  const leftOut = left.length ? ` Не учтены — сравнение некорректно: ${left.map(([, r]) => `«${r.name}», ${r.reason}`).join("; ")}.` : "";
  const side = (isLinked: boolean) => paired.filter((id) => args.linked.has(id) === isLinked);
  const linked = side(true);
  const others = side(false);
  const at = (ids: number[], map: ReadonlyMap<number, number>) => mean(ids.map((id) => map.get(id) as number));
  const lb = at(linked, args.before);
  const la = at(linked, args.after);
  const ob = at(others, args.before);
  const oa = at(others, args.after);
  const what = args.isDirection ? `Направление ${args.code}, % выполнения` : `Показатель ${args.code}, баллы в % от максимума`;
  const base = { indicatorCode: args.code, isDirection: args.isDirection, linkedCount: linked.length, othersCount: others.length };
  const rounded = { linkedBefore: lb === null ? null : round1(lb), linkedAfter: la === null ? null : round1(la) };
  const others_ = { othersBefore: ob === null ? null : round1(ob), othersAfter: oa === null ? null : round1(oa) };
  if (linked.length < MIN_SAMPLE || others.length < MIN_SAMPLE || lb === null || la === null || ob === null || oa === null) {
    return {
      ...base,
      ...rounded,
      ...others_,
      difference: null,
      explanation: `${what}: недостаточно данных — организаций решения с результатами обоих циклов ${linked.length}, остальных организаций того же вида ${others.length} (нужно не меньше ${MIN_SAMPLE} с каждой стороны).${leftOut}`,
    };
  }
  const difference = round1(la - lb - (oa - ob));
  const verdict =
    Math.abs(difference) < 1
      ? "заметного эффекта нет"
      : difference > 0
        ? "организации решения улучшились больше остальных — эффект мер положительный"
        : "организации решения изменились хуже остальных — эффекта мер не видно";
  return {
    ...base,
    ...rounded,
    ...others_,
    difference,
    explanation: `${what}: организации решения (${linked.length}) ${fmt(lb)} → ${fmt(la)} (${signed(la - lb)}), остальные того же вида (${others.length}) ${fmt(ob)} → ${fmt(oa)} (${signed(oa - ob)}); разность разностей ${signed(difference)} п.п. с ${args.years.before} по ${args.years.after} год: ${verdict}.${leftOut}`,
  };
}

export async function decisionEffect(args: { prisma: PrismaClient; decisionId: number; cycleId: number }) {
  const decision = await args.prisma.decision.findUnique({
    where: { id: args.decisionId },
    omit: { content: true },
    include: { cycle: { select: { id: true, year: true, municipalityId: true, periodEnd: true } } },
  });
  if (!decision) throw new NotFoundError(`Решение № ${args.decisionId} не найдено.`);
  const later = await args.prisma.cycle.findUnique({
    where: { id: args.cycleId },
    select: { id: true, year: true, municipalityId: true, periodEnd: true },
  });
  if (!later) throw new NotFoundError(`Цикл № ${args.cycleId} не найден.`);
  if (later.municipalityId !== decision.cycle.municipalityId || later.year <= decision.cycle.year)
    throw new InputError(`Эффект решения оценивается по более позднему циклу, чем ${decision.cycle.year} год.`);
  const linkedOrgs = await args.prisma.organization.findMany({ where: { id: { in: decision.organizationIds } }, select: { kind: true } });
  const kinds = [...new Set(linkedOrgs.map((o) => o.kind))];
  const peers = await args.prisma.organization.findMany({
    where: { municipalityId: later.municipalityId, kind: { in: kinds } },
    select: { id: true },
  });
  const orgIds = [...new Set([...peers.map((p) => p.id), ...decision.organizationIds])];
  const before = await valuesOf(args.prisma, decision.cycleId, decision.indicatorCodes, decision.directionCodes, orgIds);
  const after = await valuesOf(args.prisma, later.id, decision.indicatorCodes, decision.directionCodes, orgIds);
  const linked = new Set(decision.organizationIds);
  const years = { before: decision.cycle.year, after: later.year };
  const reorganized = await reorganizedBetween(args.prisma, { since: decision.cycle.periodEnd, until: later.periodEnd });
  const codes = [
    ...decision.directionCodes.map((code) => ({ code, isDirection: true })),
    ...decision.indicatorCodes.map((code) => ({ code, isDirection: false })),
  ];
  return {
    decisionId: decision.id,
    cycleId: later.id,
    indicators: codes.map(({ code, isDirection }) =>
      effectOf({
        code,
        isDirection,
        before: before.get(code) ?? new Map(),
        after: after.get(code) ?? new Map(),
        linked,
        years,
        reorganized,
      }),
    ),
  };
}
