// Intake: completeness for the collection dashboard, per-value history, outliers and the audit log.
import { elementScope, inScope, visibleOrganizations } from "../../domain/access.js";
import { auditEventScope } from "../../domain/audit-scope.js";
import { getCycle } from "../../domain/cycles.js";
import { ForbiddenError } from "../../errors.js";
import { cycleCompleteness } from "../../services/intake/completeness.js";
import { cycleOutliers } from "../../services/intake/outliers.js";
import type { Builder } from "../builder.js";
import type { AppContext } from "../context.js";
import { parseId } from "../ids.js";
import type { IntakeTypes } from "./types.js";

/** The organizations a query may cover: one asked for (if visible), else all the user sees. */
async function organizationsInReach(ctx: AppContext, cycleId: number, organizationId: number | undefined): Promise<number[] | undefined> {
  const visible = await visibleOrganizations(ctx.prisma, ctx.user, cycleId);
  if (organizationId !== undefined) {
    if (visible !== "all" && !visible.includes(organizationId)) {
      throw new ForbiddenError("Данные организации доступны сотрудникам мониторинга, назначенному эксперту и её руководителю.");
    }
    return [organizationId];
  }
  return visible === "all" ? undefined : visible;
}

export function addIntakeQueries(builder: Builder, { Completeness, History, Outlier }: IntakeTypes) {
  builder.queryFields((t) => ({
    valueOutliers: t.field({
      type: [Outlier],
      authScopes: { authenticated: true },
      args: { cycleId: t.arg.id({ required: true }), organizationId: t.arg.id() },
      resolve: async (_root, args, ctx) => {
        const organizationId = args.organizationId ? parseId(args.organizationId, "организации") : undefined;
        const cycle = await getCycle(ctx.prisma, parseId(args.cycleId, "цикла"));
        const reach = await organizationsInReach(ctx, cycle.id, organizationId);
        if (reach?.length === 0) return [];
        const outliers = await cycleOutliers({
          prisma: ctx.prisma,
          registry: ctx.registry,
          cycle,
          organizationId: reach?.length === 1 ? reach[0] : undefined,
        });
        if (!reach) return outliers;
        const scopes = new Map(
          await Promise.all(
            reach.map(
              async (id) =>
                [
                  id,
                  await elementScope({ prisma: ctx.prisma, registry: ctx.registry, user: ctx.user, cycleId: cycle.id, organizationId: id }),
                ] as const,
            ),
          ),
        );
        return outliers.filter((o) => inScope(scopes.get(o.organizationId) ?? null, o.column ?? ""));
      },
    }),
    completeness: t.field({
      type: [Completeness],
      description: "Полнота данных цикла по организациям и направлениям",
      authScopes: { authenticated: true },
      args: { cycleId: t.arg.id({ required: true }), organizationId: t.arg.id() },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        const organizationId = args.organizationId ? parseId(args.organizationId, "организации") : undefined;
        const cycle = await getCycle(ctx.prisma, cycleId);
        const reach = await organizationsInReach(ctx, cycleId, organizationId);
        if (reach?.length === 0) return [];
        const rows = await cycleCompleteness({
          prisma: ctx.prisma,
          registry: ctx.registry,
          cycleId,
          organizationId: reach?.length === 1 ? reach[0] : undefined,
        });
        return rows.filter((r) => !reach || reach.includes(r.organizationId)).map((r) => ({ ...r, deadline: cycle.deadline }));
      },
    }),
    valueHistory: t.field({
      type: [History],
      description: "История значения: было → стало, кто, когда, как",
      authScopes: { authenticated: true },
      args: {
        cycleId: t.arg.id({ required: true }),
        organizationId: t.arg.id({ required: true }),
        element: t.arg.string({ required: true }),
      },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        const organizationId = parseId(args.organizationId, "организации");
        const scope = await elementScope({ prisma: ctx.prisma, registry: ctx.registry, user: ctx.user, cycleId, organizationId });
        if (!inScope(scope, args.element)) {
          throw new ForbiddenError("История значения доступна сотрудникам мониторинга, назначенному эксперту и руководителю организации.");
        }
        const events = await ctx.prisma.auditEvent.findMany({
          where: { entity: "DataValue", entityId: `${cycleId}/${organizationId}/${args.element}` },
          orderBy: { id: "asc" },
          include: { actor: { select: { fullName: true } } },
        });
        return events.map((e) => {
          const d = (e.details ?? {}) as { before?: string | null; after?: string | null; source?: string; comment?: string | null };
          return {
            at: e.at,
            action: e.action,
            before: d.before ?? null,
            after: d.after ?? null,
            actor: e.actor?.fullName ?? null,
            source: d.source ?? null,
            comment: d.comment ?? null,
          };
        });
      },
    }),
    auditEvents: t.prismaConnection({
      type: "AuditEvent",
      cursor: "id",
      description: "Журнал аудита, новые события первыми",
      authScopes: { roles: ["ADMIN", "OPERATOR", "DEPARTMENT"] },
      args: {
        cycleId: t.arg.id(),
        organizationId: t.arg.id(),
        element: t.arg.string(),
        actorLogin: t.arg.string(),
        action: t.arg.string(),
        from: t.arg({ type: "DateTime" }),
        to: t.arg({ type: "DateTime" }),
      },
      resolve: async (query, _root, args, ctx) =>
        ctx.prisma.auditEvent.findMany({
          ...query,
          where: {
            ...(await auditEventScope(ctx.prisma, ctx.user)),
            ...(args.cycleId ? { cycleId: parseId(args.cycleId, "цикла") } : {}),
            ...(args.organizationId ? { organizationId: parseId(args.organizationId, "организации") } : {}),
            ...(args.element ? { entity: "DataValue", entityId: { endsWith: `/${args.element}` } } : {}),
            ...(args.actorLogin ? { actor: { login: args.actorLogin } } : {}),
            ...(args.action ? { action: args.action } : {}),
            ...(args.from || args.to ? { at: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lte: args.to } : {}) } } : {}),
          },
          orderBy: { id: "desc" },
        }),
    }),
  }));
}
