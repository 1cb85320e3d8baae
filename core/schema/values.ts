// Data values: reading and manual entry.
import { type ElementScope, elementScope, inScope } from "../domain/access.js";
import { assertCanEditValues } from "../domain/value-edit.js";
import { type ValueEditScope, valueEditScope } from "../domain/value-edit-scope.js";
import { ForbiddenError, InputError } from "../errors.js";
import type { ValueSource } from "../generated/prisma/client.js";
import { setDataValues } from "../services/intake/set-values.js";
import type { Builder } from "./builder.js";
import type { AppContext } from "./context.js";
import type { Enums } from "./enums.js";

interface DataValueShape {
  element: string;
  value: string | null;
  comment: string | null;
  source?: ValueSource;
  enteredAt?: Date;
}

/** What of an organization's values the user may read; FORBIDDEN when nothing. */
export async function readableElements(ctx: AppContext, cycleId: number, organizationId: number): Promise<ElementScope> {
  const scope = await elementScope({ prisma: ctx.prisma, registry: ctx.registry, user: ctx.user, cycleId, organizationId });
  if (scope === null) {
    throw new ForbiddenError("Значения организации доступны сотрудникам мониторинга, назначенному эксперту и её руководителю.");
  }
  return scope;
}

export function assertCanWrite(ctx: AppContext, cycleId: number, organizationId: number, elements: readonly string[]): Promise<void> {
  return assertCanEditValues({ prisma: ctx.prisma, registry: ctx.registry, user: ctx.user, cycleId, organizationId, elements });
}

export function addValues(builder: Builder, enums: Enums) {
  const DataValue = builder.objectRef<DataValueShape>("DataValue").implement({
    description: "Значение элемента данных организации в цикле",
    fields: (t) => ({
      element: t.exposeString("element"),
      value: t.exposeString("value", { nullable: true, description: "Число с точкой, true/false или значение уровня; null — очищено" }),
      comment: t.exposeString("comment", { nullable: true }),
      source: t.field({ type: enums.ValueSource, nullable: true, resolve: (v) => v.source ?? null }),
      enteredAt: t.field({ type: "DateTime", nullable: true, resolve: (v) => v.enteredAt ?? null }),
    }),
  });

  const DataValueInput = builder.inputType("DataValueInput", {
    fields: (t) => ({
      element: t.string({ required: true, description: "Код элемента данных" }),
      value: t.string({ description: "null очищает; числа строкой (точка или запятая); да/нет или true/false" }),
      comment: t.string(),
      expectedEnteredAt: t.field({
        type: "DateTime",
        description: "enteredAt значения, которое видел редактор: если его с тех пор изменили, правка отклоняется",
      }),
    }),
  });

  const EditScope = builder.objectRef<ValueEditScope>("ValueEditScope").implement({
    description: "Что пользователь может изменить в значениях организации сейчас (по тем же правилам, что и setDataValues)",
    fields: (t) => ({
      elements: t.stringList({ description: "Коды элементов, которые можно изменить", resolve: (s) => s.elements }),
      canAttachDocuments: t.exposeBoolean("canAttachDocuments", { description: "Можно прикрепить документ организации в целом" }),
      lockedReason: t.exposeString("lockedReason", { nullable: true, description: "Почему изменить ничего нельзя; null — можно" }),
    }),
  });

  builder.queryFields((t) => ({
    valueEditScope: t.field({
      type: EditScope,
      description: "Что текущий пользователь может изменить в значениях организации в цикле",
      authScopes: { authenticated: true },
      args: { cycleId: t.arg.id({ required: true }), organizationId: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const { cycleId, organizationId } = args;
        await readableElements(ctx, cycleId, organizationId);
        return valueEditScope({ prisma: ctx.prisma, registry: ctx.registry, user: ctx.user, cycleId, organizationId });
      },
    }),
    dataValues: t.field({
      type: [DataValue],
      authScopes: { authenticated: true },
      args: { cycleId: t.arg.id({ required: true }), organizationId: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const cycleId = args.cycleId;
        const organizationId = args.organizationId;
        const scope = await readableElements(ctx, cycleId, organizationId);
        const rows = await ctx.prisma.dataValue.findMany({ where: { cycleId, organizationId }, orderBy: { elementCode: "asc" } });
        return rows
          .filter((r) => inScope(scope, r.elementCode))
          .map((r) => ({ element: r.elementCode, value: r.value, comment: r.comment, source: r.source, enteredAt: r.enteredAt }));
      },
    }),
  }));

  builder.mutationFields((t) => ({
    setDataValues: t.field({
      type: [DataValue],
      description: "Сохраняет значения одной организации: все или ни одного. Эксперт — только экспертные оценки, с обоснованием",
      authScopes: { roles: ["OPERATOR", "LEADER", "EXPERT"] },
      args: {
        cycleId: t.arg.id({ required: true }),
        organizationId: t.arg.id({ required: true }),
        values: t.arg({ type: [DataValueInput], required: true }),
      },
      resolve: async (_root, args, ctx) => {
        const cycleId = args.cycleId;
        const organizationId = args.organizationId;
        await assertCanWrite(
          ctx,
          cycleId,
          organizationId,
          args.values.map((v) => v.element),
        );
        if (ctx.user?.role === "EXPERT" && args.values.some((v) => !v.comment?.trim())) {
          throw new InputError("Эксперт изменяет оценку только с письменным обоснованием: заполните комментарий к каждому значению.");
        }
        return setDataValues({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.actorId,
          cycleId,
          organizationId,
          values: args.values.map((v) => ({
            element: v.element,
            value: v.value ?? null,
            comment: v.comment ?? null,
            expectedEnteredAt: v.expectedEnteredAt ?? null,
          })),
        });
      },
    }),
  }));
  return { DataValue };
}
