// Recommendations: the queries — a cycle's recommendations within reach and the best practices.
import { getCycle } from "../../domain/cycles.js";
import { todayInZone } from "../../domain/dates.js";
import { ForbiddenError } from "../../errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { bestPractices } from "../../services/recommendations/best-practices.js";
import { isOverdue } from "../../services/recommendations/status.js";
import { recommendationWhere } from "../../services/recommendations/visibility.js";
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import { parseId } from "../ids.js";
import type { RecommendationsTypes } from "./types.js";

const READERS = { roles: ["OPERATOR", "DEPARTMENT", "ADMIN"] as const };

export function addRecommendationsQueries(builder: Builder, enums: Enums, { Status, BestPractice }: RecommendationsTypes) {
  builder.queryFields((t) => ({
    recommendations: t.prismaField({
      type: ["Recommendation"],
      description: "Рекомендации цикла: оператору и управлению — все, руководителю — направленные его организации",
      authScopes: { roles: ["OPERATOR", "DEPARTMENT", "ADMIN", "LEADER"] },
      args: {
        cycleId: t.arg.id({ required: true }),
        organizationId: t.arg.id(),
        status: t.arg({ type: Status }),
        directionCode: t.arg.string(),
        isOverdue: t.arg.boolean(),
        isRepeated: t.arg.boolean(),
        includeDropped: t.arg.boolean({ description: "Со снятыми и объединёнными (оператору)" }),
      },
      resolve: async (query, _root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        let organizationId = args.organizationId ? parseId(args.organizationId, "организации") : null;
        if (ctx.user?.role === "LEADER") {
          if (organizationId !== null && organizationId !== ctx.user.organizationId)
            throw new ForbiddenError("Рекомендации другой организации недоступны.");
          organizationId = ctx.user.organizationId ?? -1;
        }
        await getCycle(ctx.prisma, cycleId);
        const where: Prisma.RecommendationWhereInput = {
          cycleId,
          ...recommendationWhere(ctx.user, { includeDropped: args.includeDropped ?? false }),
          ...(organizationId !== null ? { organizationId } : {}),
          ...(args.directionCode ? { directionCode: args.directionCode } : {}),
          ...(typeof args.isRepeated === "boolean" ? { isRepeated: args.isRepeated } : {}),
        };
        if (args.status) where.AND = [{ status: args.status }];
        const rows = await ctx.prisma.recommendation.findMany({
          ...query,
          where,
          orderBy: [{ organizationId: "asc" }, { directionCode: "asc" }, { indicatorCode: "asc" }, { id: "asc" }],
        });
        if (typeof args.isOverdue !== "boolean") return rows;
        const today = todayInZone();
        return rows.filter((r) => isOverdue(r, today) === args.isOverdue);
      },
    }),
    bestPractices: t.field({
      type: [BestPractice],
      description: "Лучшие практики по направлениям: руководители с наивысшими результатами (не ниже 75 %)",
      authScopes: READERS,
      args: { cycleId: t.arg.id({ required: true }), kind: t.arg({ type: enums.OrgKind }) },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        await getCycle(ctx.prisma, cycleId);
        return bestPractices({ prisma: ctx.prisma, cycleId, kind: args.kind ?? null });
      },
    }),
  }));
}
