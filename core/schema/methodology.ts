// A cycle's methodology: its versions, editing, and the reproducibility check.
import type { MethodologySnapshot, SnapshotDirection, SnapshotIndicator } from "../direction/methodology.js";
import { ruleMaxPoints } from "../direction/rules.js";
import { currentMethodology, getCycle } from "../domain/cycles.js";
import { NotFoundError } from "../errors.js";
import { isMethodologyFrozen, updateMethodology } from "../services/cycles/methodology-edit.js";
import { DEFAULT_OUTLIER_FACTOR } from "../services/intake/outliers.js";
import { changedComputations, verifyCycleScores } from "../services/scoring/verify-cycle.js";
import type { Builder } from "./builder.js";
import type { Enums } from "./enums.js";

export function addMethodology(builder: Builder, enums: Enums) {
  const Indicator = builder.objectRef<SnapshotIndicator>("MethodologyIndicator").implement({
    fields: (t) => ({
      code: t.exposeString("code"),
      title: t.exposeString("title"),
      unit: t.exposeString("unit"),
      isEnabled: t.exposeBoolean("isEnabled"),
      usedInRating: t.exposeBoolean("usedInRating"),
      ruleType: t.field({ type: enums.RuleType, resolve: (i) => i.rule.type }),
      rule: t.field({ type: "JSON", resolve: (i) => i.rule }),
      maxPoints: t.float({ resolve: (i) => ruleMaxPoints(i.rule) }),
    }),
  });
  const Direction = builder.objectRef<SnapshotDirection>("MethodologyDirection").implement({
    fields: (t) => ({
      code: t.exposeString("code"),
      title: t.exposeString("title"),
      weight: t.exposeFloat("weight"),
      isEnabled: t.exposeBoolean("isEnabled"),
      indicators: t.field({ type: [Indicator], resolve: (d) => d.indicators }),
    }),
  });
  const Levels = builder.objectRef<{ high: number; medium: number }>("LevelThresholds").implement({
    fields: (t) => ({ high: t.exposeFloat("high"), medium: t.exposeFloat("medium") }),
  });
  const ComparisonGroups = builder.enumType("ComparisonGroups", {
    values: {
      KIND: { value: "kind", description: "по виду организации" },
      KIND_AND_SIZE: { value: "kindAndSize", description: "по виду и размеру" },
    } as const,
  });

  const Version = builder.prismaObject("MethodologyVersion", {
    description: "Версия методики цикла: каждая правка создаёт новую",
    fields: (t) => ({
      version: t.exposeInt("version"),
      comment: t.exposeString("comment", { nullable: true }),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      createdBy: t.string({
        nullable: true,
        select: { createdBy: { select: { fullName: true } } },
        resolve: (v) => v.createdBy?.fullName ?? null,
      }),
      levels: t.field({ type: Levels, resolve: (v) => (v.snapshot as unknown as MethodologySnapshot).levels }),
      comparisonGroups: t.field({
        type: ComparisonGroups,
        resolve: (v) => (v.snapshot as unknown as MethodologySnapshot).comparisonGroups,
      }),
      outlierFactor: t.float({ resolve: (v) => (v.snapshot as unknown as MethodologySnapshot).outlierFactor ?? DEFAULT_OUTLIER_FACTOR }),
      directions: t.field({ type: [Direction], resolve: (v) => (v.snapshot as unknown as MethodologySnapshot).directions }),
    }),
  });

  builder.prismaObjectField("Cycle", "isMethodologyFrozen", (t) =>
    t.boolean({
      description: "Методика зафиксирована публикацией и больше не меняется",
      select: { status: true },
      resolve: (cycle) => isMethodologyFrozen(cycle.status),
    }),
  );

  builder.prismaObjectField("Cycle", "methodologyVersions", (t) =>
    t.relation("methodologyVersions", { description: "Все версии методики цикла, новые первыми", query: { orderBy: { version: "desc" } } }),
  );

  const DirectionSetting = builder.inputType("DirectionSettingInput", {
    fields: (t) => ({ code: t.string({ required: true }), weight: t.float(), isEnabled: t.boolean() }),
  });
  const IndicatorSetting = builder.inputType("IndicatorSettingInput", {
    fields: (t) => ({
      code: t.string({ required: true }),
      isEnabled: t.boolean(),
      usedInRating: t.boolean(),
      rule: t.field({ type: "JSON", description: "Параметры правила того же типа, что и по умолчанию" }),
    }),
  });
  const LevelsInput = builder.inputType("LevelThresholdsInput", {
    fields: (t) => ({ high: t.float({ required: true }), medium: t.float({ required: true }) }),
  });
  const SizeThresholds = builder.inputType("SizeThresholdsInput", {
    fields: (t) => ({ SCHOOL: t.int(), PRESCHOOL: t.int(), ADDITIONAL: t.int() }),
  });
  const Changes = builder.inputType("MethodologyChangesInput", {
    fields: (t) => ({
      directions: t.field({ type: [DirectionSetting] }),
      indicators: t.field({ type: [IndicatorSetting] }),
      levels: t.field({ type: LevelsInput }),
      comparisonGroups: t.field({ type: ComparisonGroups }),
      sizeThresholds: t.field({ type: SizeThresholds }),
      outlierFactor: t.float({ description: "Во сколько раз значение может отличаться от прошлогоднего без пометки для эксперта" }),
    }),
  });

  const ScoreCheck = builder.objectRef<{ differences: string[]; changedComputations: string[] }>("ScoreCheck").implement({
    description: "Пересчёт цикла по его собственной методике в сравнении с сохранёнными результатами",
    fields: (t) => ({
      isReproducible: t.boolean({ resolve: (c) => c.differences.length === 0 }),
      differences: t.exposeStringList("differences"),
      changedComputations: t.exposeStringList("changedComputations", {
        description:
          "Коды показателей, чей расчёт (код плагина) изменился после фиксации методики цикла: снимок хранит правила и веса, а расчёт выполняется текущими плагинами",
      }),
    }),
  });

  builder.queryFields((t) => ({
    methodology: t.prismaField({
      type: Version,
      description: "Методика цикла: указанная версия или действующая",
      args: { cycleId: t.arg.id({ required: true }), version: t.arg.int() },
      resolve: async (query, _root, args, ctx) => {
        const cycleId = args.cycleId;
        const version = args.version ?? (await currentMethodology(ctx.prisma, cycleId)).version;
        const found = await ctx.prisma.methodologyVersion.findUnique({ ...query, where: { cycleId_version: { cycleId, version } } });
        if (!found) throw new NotFoundError(`Версия ${version} методики цикла № ${cycleId} не найдена.`);
        return found;
      },
    }),
    scoreReproducibility: t.field({
      type: ScoreCheck,
      authScopes: { roles: ["ADMIN", "OPERATOR", "DEPARTMENT"] },
      args: { cycleId: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const check = { prisma: ctx.prisma, registry: ctx.registry, cycleId: args.cycleId };
        return { differences: await verifyCycleScores(check), changedComputations: await changedComputations(check) };
      },
    }),
  }));

  builder.mutationFields((t) => ({
    updateMethodology: t.prismaField({
      type: Version,
      description: "Правка методики цикла до публикации: новая версия, аудит, пересчёт",
      authScopes: { roles: ["OPERATOR"] },
      args: {
        cycleId: t.arg.id({ required: true }),
        changes: t.arg({ type: Changes, required: true }),
        comment: t.arg.string(),
        expectedVersion: t.arg.int({
          description: "Версия методики, которую видел редактор: если с тех пор сохранили другую, правка отклоняется",
        }),
      },
      resolve: async (query, _root, args, ctx) => {
        const cycleId = args.cycleId;
        await getCycle(ctx.prisma, cycleId);
        const sizes = args.changes.sizeThresholds;
        const version = await updateMethodology({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.actorId,
          cycleId,
          comment: args.comment,
          expectedVersion: args.expectedVersion ?? null,
          changes: {
            directions: args.changes.directions,
            indicators: args.changes.indicators,
            levels: args.changes.levels,
            comparisonGroups: args.changes.comparisonGroups,
            outlierFactor: args.changes.outlierFactor,
            sizeThresholds: sizes ? Object.fromEntries(Object.entries(sizes).filter(([, v]) => v !== null && v !== undefined)) : null,
          },
        });
        return ctx.prisma.methodologyVersion.findUniqueOrThrow({ ...query, where: { cycleId_version: { cycleId, version } } });
      },
    }),
  }));
}
