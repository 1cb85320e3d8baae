// Expert review: the progress every party sees within their reach, and the experts to assign.
import { visibleOrganizations } from "../../domain/access.js";
import { getCycle } from "../../domain/cycles.js";
import { ForbiddenError } from "../../errors.js";
import { type ReviewItem, reviewItems } from "../../services/review/progress.js";
import type { Builder } from "../builder.js";
import type { AppContext } from "../context.js";
import type { Enums } from "../enums.js";
import { parseId } from "../ids.js";
import type { ReviewTypes } from "./types.js";

async function visibleItems(ctx: AppContext, cycleId: number, organizationId: number | null) {
  await getCycle(ctx.prisma, cycleId);
  const visible = await visibleOrganizations(ctx.prisma, ctx.user, cycleId);
  if (organizationId !== null && visible !== "all" && !visible.includes(organizationId)) {
    throw new ForbiddenError("Экспертиза этой организации вам недоступна.");
  }
  const only = organizationId !== null ? [organizationId] : visible === "all" ? undefined : visible;
  let items = await reviewItems({ prisma: ctx.prisma, registry: ctx.registry, cycleId, organizationIds: only });
  // An expert sees only the directions assigned to them, not the whole organization.
  if (ctx.user?.role === "EXPERT") items = items.filter((i) => i.expertId === ctx.user?.id);
  return items;
}

export function addReviewQueries(builder: Builder, enums: Enums, { Item, Summary }: ReviewTypes) {
  builder.queryFields((t) => ({
    reviewItems: t.field({
      type: [Item],
      description: "Экспертиза по организациям и направлениям (в пределах доступа)",
      authScopes: { authenticated: true },
      args: { cycleId: t.arg.id({ required: true }), organizationId: t.arg.id(), status: t.arg({ type: enums.ReviewStatus }) },
      resolve: async (_root, args, ctx) => {
        const organizationId = args.organizationId ? parseId(args.organizationId, "организации") : null;
        const items = await visibleItems(ctx, parseId(args.cycleId, "цикла"), organizationId);
        return args.status ? items.filter((i) => i.status === args.status) : items;
      },
    }),
    reviewSummary: t.field({
      type: Summary,
      authScopes: { authenticated: true },
      args: { cycleId: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const items = await visibleItems(ctx, parseId(args.cycleId, "цикла"), null);
        const count = (status: ReviewItem["status"]) => items.filter((i) => i.status === status).length;
        return {
          total: items.length,
          accepted: count("ACCEPTED"),
          returned: count("RETURNED"),
          resubmitted: count("RESUBMITTED"),
          pending: count("PENDING"),
          unassigned: items.filter((i) => i.expertId === null).length,
        };
      },
    }),
    experts: t.field({
      type: [
        builder.objectRef<{ id: number; fullName: string; organizationId: number | null }>("Expert").implement({
          description: "Эксперт, которого можно назначить",
          fields: (f) => ({
            id: f.exposeID("id"),
            fullName: f.exposeString("fullName"),
            organization: f.prismaField({
              type: "Organization",
              nullable: true,
              description: "Место работы: эту организацию эксперт не оценивает",
              resolve: (query, e, _args, ctx) =>
                e.organizationId === null ? null : ctx.prisma.organization.findUnique({ ...query, where: { id: e.organizationId } }),
            }),
          }),
        }),
      ],
      description: "Действующие эксперты",
      authScopes: { roles: ["OPERATOR", "DEPARTMENT", "ADMIN"] },
      resolve: (_root, _args, ctx) =>
        ctx.prisma.user.findMany({
          where: { role: "EXPERT", isActive: true },
          select: { id: true, fullName: true, organizationId: true },
          orderBy: { fullName: "asc" },
        }),
    }),
  }));
}
