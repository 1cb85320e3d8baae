// Results: the queries — a scorecard per organization and the ratings within comparison groups.
import { canSeeResults } from "../../domain/access.js";
import { getCycle } from "../../domain/cycles.js";
import { ForbiddenError, InputError } from "../../errors.js";
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import { publishedPart } from "./loaders.js";
import type { ResultsTypes } from "./types.js";

export function addResultsQueries(builder: Builder, enums: Enums, { Scorecard }: ResultsTypes) {
  builder.queryFields((t) => ({
    scorecard: t.prismaField({
      type: Scorecard,
      nullable: true,
      description: "Результаты организации и её руководителя; null — цикл ещё не рассчитан",
      args: { cycleId: t.arg.id({ required: true }), organizationId: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const cycleId = args.cycleId;
        const organizationId = args.organizationId;
        const cycle = await getCycle(ctx.prisma, cycleId);
        if (!(await canSeeResults({ prisma: ctx.prisma, user: ctx.user, cycle, organizationId }))) {
          throw new ForbiddenError("Результаты этой организации недоступны: цикл ещё не опубликован.");
        }
        return ctx.prisma.organizationResult.findUnique({ ...query, where: { cycleId_organizationId: { cycleId, organizationId } } });
      },
    }),
    ratings: t.prismaField({
      type: ["OrganizationResult"],
      description: "Рейтинг руководителей внутри групп сравнения (по виду организации), по местам",
      args: { cycleId: t.arg.id({ required: true }), kind: t.arg({ type: enums.OrgKind }) },
      resolve: async (query, _root, args, ctx) => {
        const cycleId = args.cycleId;
        const cycle = await getCycle(ctx.prisma, cycleId);
        if (!(await canSeeResults({ prisma: ctx.prisma, user: ctx.user, cycle }))) {
          if (!ctx.user) throw new ForbiddenError("Рейтинг станет доступен после публикации результатов.");
          throw new ForbiddenError("Рейтинг до публикации доступен оператору мониторинга, управлению образования и администратору.");
        }
        if (!(await publishedPart(ctx, cycleId, "showTotal")))
          throw new ForbiddenError(
            "Места и итоговые проценты этого цикла не опубликованы; опубликованное — на странице «Открытые результаты мониторинга».",
          );
        if (args.kind === null) throw new InputError("Вид организации не может быть null.");
        // Enum order is the declaration order: schools, kindergartens, additional education.
        return ctx.prisma.organizationResult.findMany({
          ...query,
          where: { cycleId, rank: { not: null }, ...(args.kind ? { organization: { kind: args.kind } } : {}) },
          orderBy: [{ organization: { kind: "asc" } }, { comparisonGroup: "asc" }, { rank: "asc" }, { organizationId: "asc" }],
        });
      },
    }),
  }));
}
