// Assessment cycles and their workflow.

import { getCycle } from "../domain/cycles.js";
import { municipalityFilter, targetMunicipality } from "../domain/municipality-scope.js";
import { isOpenForData } from "../domain/open-for-data.js";
import { createCycle } from "../services/cycles/create-cycle.js";
import { changeCycleStatus } from "../services/cycles/cycle-status.js";
import { scoreCycle } from "../services/scoring/score-cycle.js";
import type { Builder } from "./builder.js";
import type { Enums } from "./enums.js";
import { saveScoringProgress } from "./scoring-progress.js";

export function addCycles(builder: Builder, enums: Enums) {
  const Cycle = builder.prismaObject("Cycle", {
    description: "Цикл мониторинга за отчётный год",
    fields: (t) => ({
      id: t.exposeID("id"),
      year: t.exposeInt("year"),
      title: t.exposeString("title"),
      status: t.expose("status", { type: enums.CycleStatus }),
      deadline: t.expose("deadline", { type: "Date", description: "Срок завершения (по умолчанию 1 февраля следующего года)" }),
      periodStart: t.expose("periodStart", { type: "Date" }),
      periodEnd: t.expose("periodEnd", { type: "Date" }),
      municipality: t.relation("municipality"),
      publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
      isOpenForData: t.boolean({
        description: "Данные цикла меняются (сбор данных и экспертиза): значения, документы, импорт, проверка",
        resolve: (cycle) => isOpenForData(cycle.status),
      }),
      methodologyVersion: t.int({
        description: "Номер действующей версии методики цикла",
        // Folded into the cycles query: no extra statement per cycle.
        select: { methodologyVersions: { orderBy: { version: "desc" }, take: 1, select: { version: true } } },
        resolve: (cycle) => cycle.methodologyVersions[0]?.version ?? 0,
      }),
    }),
  });

  const CreateCycleInput = builder.inputType("CreateCycleInput", {
    fields: (t) => ({
      year: t.int({ required: true, description: "Отчётный год" }),
      title: t.string(),
      deadline: t.field({ type: "Date", description: "По умолчанию 1 февраля следующего года" }),
      periodStart: t.field({ type: "Date" }),
      periodEnd: t.field({ type: "Date" }),
      municipalityId: t.id({ description: "Муниципалитет цикла; по умолчанию — свой или единственный" }),
    }),
  });

  builder.queryFields((t) => ({
    cycles: t.prismaField({
      type: ["Cycle"],
      description: "Циклы мониторинга, новые первыми; сотрудник муниципалитета видит только его циклы",
      args: { municipalityId: t.arg.id() },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.cycle.findMany({
          ...query,
          where: {
            ...(args.municipalityId ? { municipalityId: args.municipalityId } : {}),
            ...municipalityFilter(ctx.user),
          },
          orderBy: [{ year: "desc" }, { municipalityId: "asc" }],
        }),
    }),
    cycle: t.prismaField({
      type: "Cycle",
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.cycle.findFirst({ ...query, where: { id: args.id, ...municipalityFilter(ctx.user) } }),
    }),
  }));

  builder.mutationFields((t) => ({
    createCycle: t.prismaField({
      type: "Cycle",
      authScopes: { roles: ["OPERATOR"] },
      args: { input: t.arg({ type: CreateCycleInput, required: true }) },
      resolve: async (query, _root, { input }, ctx) => {
        const municipalityId = await targetMunicipality(ctx.prisma, ctx.user, input.municipalityId ?? null);
        const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
        const cycle = await createCycle({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.actorId,
          input: {
            municipalityId,
            year: input.year,
            title: input.title,
            deadline: iso(input.deadline),
            periodStart: iso(input.periodStart),
            periodEnd: iso(input.periodEnd),
          },
        });
        return ctx.prisma.cycle.findUniqueOrThrow({ ...query, where: { id: cycle.id } });
      },
    }),
    setCycleStatus: t.prismaField({
      type: "Cycle",
      authScopes: { roles: ["OPERATOR"] },
      args: {
        cycleId: t.arg.id({ required: true }),
        status: t.arg({ type: enums.CycleStatus, required: true }),
        reason: t.arg.string(),
      },
      resolve: async (query, _root, args, ctx) => {
        const cycleId = args.cycleId;
        await changeCycleStatus({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.actorId,
          cycleId,
          status: args.status,
          reason: args.reason ?? null,
        });
        return ctx.prisma.cycle.findUniqueOrThrow({ ...query, where: { id: cycleId } });
      },
    }),
    scoreCycle: t.prismaField({
      type: "Cycle",
      description: "Пересчитывает все баллы цикла по его методике (предварительно — в любом статусе до публикации)",
      authScopes: { roles: ["OPERATOR"] },
      args: {
        cycleId: t.arg.id({ required: true }),
        progressKey: t.arg.string({ description: "Ключ, по которому scoringProgress сообщает ход расчёта" }),
      },
      resolve: async (query, _root, args, ctx) => {
        const cycleId = args.cycleId;
        const key = args.progressKey;
        await getCycle(ctx.prisma, cycleId);
        await scoreCycle({
          prisma: ctx.prisma,
          registry: ctx.registry,
          cycleId,
          actorId: ctx.actorId,
          onProgress: key ? (p) => saveScoringProgress(ctx, key, p) : undefined,
        });
        return ctx.prisma.cycle.findUniqueOrThrow({ ...query, where: { id: cycleId } });
      },
    }),
  }));
  return { Cycle };
}
