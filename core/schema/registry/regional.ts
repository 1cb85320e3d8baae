// The regional side-by-side view (`regionalOverview`): every municipality in the viewer's reach with
// its latest cycle, status, completeness, mean total and level distribution.
import { type MunicipalityOverview, regionalOverview } from "../../services/registry/regional-overview.js";
import type { Builder } from "../builder.js";

export function addRegionalOverview(builder: Builder) {
  const Levels = builder.objectRef<{ high: number; medium: number; low: number }>("LevelDistribution").implement({
    description: "Число организаций по уровням эффективности",
    fields: (t) => ({ high: t.exposeInt("high"), medium: t.exposeInt("medium"), low: t.exposeInt("low") }),
  });
  const Overview = builder.objectRef<MunicipalityOverview>("MunicipalityOverview").implement({
    description: "Муниципалитет в сводке по региону: последний цикл, полнота данных, результаты",
    fields: (t) => ({
      municipality: t.prismaField({
        type: "Municipality",
        resolve: (query, row, _args, ctx) => ctx.prisma.municipality.findUniqueOrThrow({ ...query, where: { id: row.municipality.id } }),
      }),
      openOrganizations: t.exposeInt("openOrganizations", { description: "Действующих организаций" }),
      cycle: t.prismaField({
        type: "Cycle",
        nullable: true,
        description: "Последний цикл мониторинга (по году); null — циклов ещё нет",
        resolve: (query, row, _args, ctx) => (row.cycle ? ctx.prisma.cycle.findUnique({ ...query, where: { id: row.cycle.id } }) : null),
      }),
      completenessPercent: t.float({
        nullable: true,
        description: "Заполнено обязательных значений последнего цикла, %",
        resolve: (row) => row.completenessPercent,
      }),
      scoredOrganizations: t.int({
        nullable: true,
        description: "Организаций с результатом; null — результаты ещё не опубликованы для вас",
        resolve: (row) => row.scoredOrganizations,
      }),
      meanTotalPercent: t.float({ nullable: true, description: "Средний итог, %", resolve: (row) => row.meanTotalPercent }),
      levels: t.field({ type: Levels, nullable: true, resolve: (row) => row.levels }),
    }),
  });
  builder.queryFields((t) => ({
    regionalOverview: t.field({
      type: [Overview],
      description:
        "Муниципалитеты региона рядом: циклы, статусы, полнота данных, средний итог и уровни (сотрудник муниципалитета видит свой)",
      authScopes: { roles: ["ADMIN", "OPERATOR", "DEPARTMENT"] },
      resolve: (_root, _args, ctx) => regionalOverview({ prisma: ctx.prisma, registry: ctx.registry, user: ctx.user }),
    }),
  }));
}
