// The course of a scoring run: scoreCycle writes it under the client's key, scoringProgress reads it
// back (the web client polls it while the mutation runs). Kept in the same table as import progress.
import type { ScoringStage } from "../services/scoring/score-cycle.js";
import type { Builder } from "./builder.js";
import type { AppContext } from "./context.js";

const STAGES = ["loading", "computing", "writing", "done"] as const;

export async function saveScoringProgress(ctx: AppContext, key: string, p: ScoringStage): Promise<void> {
  const data = { userId: ctx.actorId, stage: `scoring:${p.stage}`, done: p.done, total: p.total };
  await ctx.prisma.jobProgress.upsert({ where: { key }, create: { key, ...data }, update: data });
}

export function addScoringProgress(builder: Builder) {
  const Stage = builder.enumType("ScoringStage", {
    description: "Этап расчёта баллов",
    values: {
      loading: { description: "Загрузка значений и методики" },
      computing: { description: "Расчёт по организациям" },
      writing: { description: "Запись баллов и рекомендаций" },
      done: { description: "Готово" },
    } as const,
  });
  const Progress = builder.objectRef<ScoringStage>("ScoringProgress").implement({
    description: "Ход расчёта баллов: этап и сколько организаций рассчитано",
    fields: (t) => ({
      stage: t.field({ type: Stage, resolve: (p) => p.stage }),
      done: t.exposeInt("done"),
      total: t.exposeInt("total"),
    }),
  });
  builder.queryFields((t) => ({
    scoringProgress: t.field({
      type: Progress,
      nullable: true,
      description: "Ход расчёта, запущенного этим пользователем с ключом progressKey",
      authScopes: { roles: ["OPERATOR"] },
      args: { key: t.arg.string({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const row = await ctx.prisma.jobProgress.findFirst({ where: { key: args.key, userId: ctx.actorId ?? -1 } });
        const stage = row?.stage.replace(/^scoring:/, "");
        const known = STAGES.find((s) => s === stage);
        return row && known ? { stage: known, done: row.done, total: row.total } : null;
      },
    }),
  }));
}
