// Analytics: the queries — a cycle's analytics for the department and a head's what-if.
import { canSeeResults } from "../../domain/access.js";
import { getCycle } from "../../domain/cycles.js";
import { ForbiddenError, InputError } from "../../errors.js";
import { cycleAnalytics } from "../../services/analytics/cycle-analytics.js";
import { whatIfFor } from "../../services/analytics/what-if-for.js";
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import { parseId } from "../ids.js";
import type { AnalyticsTypes } from "./types.js";

export function addAnalyticsQueries(builder: Builder, enums: Enums, { AnalyticsRef, WhatIfRef }: AnalyticsTypes) {
  builder.queryFields((t) => ({
    analytics: t.field({
      type: AnalyticsRef,
      description: "Аналитика цикла: распределения, матрица, динамика, проблемные списки, устойчивость мест",
      authScopes: { roles: ["OPERATOR", "DEPARTMENT", "ADMIN"] },
      args: { cycleId: t.arg.id({ required: true }), kind: t.arg({ type: enums.OrgKind }) },
      resolve: (_root, args, ctx) =>
        cycleAnalytics({ prisma: ctx.prisma, cycleId: parseId(args.cycleId, "цикла"), kind: args.kind ?? null }),
    }),
    whatIf: t.field({
      type: WhatIfRef,
      description: "Наименьшее число улучшений показателей до следующего уровня",
      authScopes: { authenticated: true },
      args: {
        cycleId: t.arg.id({ required: true }),
        organizationId: t.arg.id({ required: true }),
        maxSteps: t.arg.int({ description: "Сколько улучшений посильно за год; больше — «недостижимо»" }),
      },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        const organizationId = parseId(args.organizationId, "организации");
        const cycle = await getCycle(ctx.prisma, cycleId);
        if (!(await canSeeResults({ prisma: ctx.prisma, user: ctx.user, cycle, organizationId })))
          throw new ForbiddenError("Результаты этой организации недоступны: цикл ещё не опубликован.");
        if (args.maxSteps !== null && args.maxSteps !== undefined && args.maxSteps < 1)
          throw new InputError("Число улучшений должно быть не меньше 1.");
        return whatIfFor({ prisma: ctx.prisma, cycleId, organizationId, maxSteps: args.maxSteps });
      },
    }),
  }));
}
