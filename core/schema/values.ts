// Data values: reading and manual entry.
import { getCycle } from "../domain/cycles.js";
import { formatRuDate, todayInZone } from "../domain/dates.js";
import { ForbiddenError, InputError } from "../errors.js";
import { setDataValues } from "../services/intake/set-values.js";
import type { Builder } from "./builder.js";
import { type AppContext, STAFF_ROLES } from "./context.js";
import { parseId } from "./ids.js";

interface DataValueShape {
  element: string;
  value: string | null;
  comment: string | null;
  source?: string;
  enteredAt?: Date;
}

export function assertCanRead(ctx: AppContext, organizationId: number): void {
  const user = ctx.user;
  if (user && (STAFF_ROLES.includes(user.role) || user.organizationId === organizationId)) return;
  throw new ForbiddenError("Значения организации доступны сотрудникам мониторинга и её руководителю.");
}

export async function assertCanWrite(ctx: AppContext, cycleId: number, organizationId: number): Promise<void> {
  const user = ctx.user;
  if (user?.role === "OPERATOR") return;
  if (user?.role === "LEADER" && user.organizationId === organizationId) {
    const cycle = await getCycle(ctx.prisma, cycleId);
    if (cycle.status !== "COLLECTING") throw new InputError("Руководитель вносит значения только на этапе сбора данных.");
    if (todayInZone() > cycle.deadline) {
      throw new InputError(`Срок внесения данных истёк ${formatRuDate(cycle.deadline)}; обратитесь к оператору мониторинга.`);
    }
    return;
  }
  throw new ForbiddenError("Вносить значения может оператор мониторинга или руководитель своей организации.");
}

export function addValues(builder: Builder) {
  const DataValue = builder.objectRef<DataValueShape>("DataValue").implement({
    description: "Значение элемента данных организации в цикле",
    fields: (t) => ({
      element: t.exposeString("element"),
      value: t.exposeString("value", { nullable: true, description: "Число с точкой, true/false или значение уровня; null — очищено" }),
      comment: t.exposeString("comment", { nullable: true }),
      source: t.string({ nullable: true, resolve: (v) => v.source ?? null }),
      enteredAt: t.field({ type: "DateTime", nullable: true, resolve: (v) => v.enteredAt ?? null }),
    }),
  });

  const DataValueInput = builder.inputType("DataValueInput", {
    fields: (t) => ({
      element: t.string({ required: true, description: "Код элемента данных" }),
      value: t.string({ description: "null очищает; числа строкой (точка или запятая); да/нет или true/false" }),
      comment: t.string(),
    }),
  });

  builder.queryFields((t) => ({
    dataValues: t.field({
      type: [DataValue],
      authScopes: { authenticated: true },
      args: { cycleId: t.arg.id({ required: true }), organizationId: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const organizationId = parseId(args.organizationId, "организации");
        assertCanRead(ctx, organizationId);
        const rows = await ctx.prisma.dataValue.findMany({
          where: { cycleId: parseId(args.cycleId, "цикла"), organizationId },
          orderBy: { elementCode: "asc" },
        });
        return rows.map((r) => ({ element: r.elementCode, value: r.value, comment: r.comment, source: r.source, enteredAt: r.enteredAt }));
      },
    }),
  }));

  builder.mutationFields((t) => ({
    setDataValues: t.field({
      type: [DataValue],
      description: "Сохраняет значения одной организации: все или ни одного",
      authScopes: { roles: ["OPERATOR", "LEADER"] },
      args: {
        cycleId: t.arg.id({ required: true }),
        organizationId: t.arg.id({ required: true }),
        values: t.arg({ type: [DataValueInput], required: true }),
      },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        const organizationId = parseId(args.organizationId, "организации");
        await assertCanWrite(ctx, cycleId, organizationId);
        return setDataValues({
          prisma: ctx.prisma,
          registry: ctx.registry,
          actorId: ctx.user?.id ?? null,
          cycleId,
          organizationId,
          values: args.values.map((v) => ({ element: v.element, value: v.value ?? null, comment: v.comment ?? null })),
        });
      },
    }),
  }));
  return { DataValue };
}
