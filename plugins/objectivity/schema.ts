// The objectivity plugin's GraphQL escape hatch: `objectivitySignals(cycleId, organizationId)`.
// Signals read the organization's ВПР rows, so they follow the access rules of the values they
// come from: staff who read everything, the head of the organization, the expert assigned D5.
import {
  type AppContext,
  type Builder,
  elementScope,
  ForbiddenError,
  getCycle,
  inScope,
  parseId,
  visibleOrganizations,
} from "../../core/schema/plugin-kit.js";
import { markLimitsOf, setMarkLimits } from "./mark-limits.js";
import { loadSignals } from "./signal-data.js";
import type { Signal } from "./signals.js";
import { DEFAULT_MARK_SHARE_LIMITS } from "./stats/mark-share-caps.js";

/** The element whose readability decides who sees the signals: the ВПР rows behind it. */
const GUARD_ELEMENT = "objectivity.vprWithJournalMark";

interface SignalShape extends Signal {
  organizationId: number;
}

async function readableOrganizations(ctx: AppContext, cycleId: number, organizationId: number | null): Promise<number[] | "all"> {
  const mayRead = async (id: number) =>
    inScope(await elementScope({ prisma: ctx.prisma, registry: ctx.registry, user: ctx.user, cycleId, organizationId: id }), GUARD_ELEMENT);
  if (organizationId !== null) {
    if (!(await mayRead(organizationId))) {
      throw new ForbiddenError(
        "Сигналы объективности организации доступны сотрудникам мониторинга, её руководителю и эксперту, назначенному на направление D5.",
      );
    }
    return [organizationId];
  }
  const visible = await visibleOrganizations(ctx.prisma, ctx.user, cycleId);
  if (visible === "all") return "all";
  const readable: number[] = [];
  for (const id of visible) if (await mayRead(id)) readable.push(id);
  return readable;
}

/** Histogram, journal groups or yearly shares behind a signal, for the charts of the web page. */
function details(s: Signal): unknown {
  if (s.peaks) {
    const { histogram, expected, boundaries, maxScore } = s.peaks;
    return { histogram, expected: expected.map((e) => Math.round(e * 100) / 100), boundaries, maxScore };
  }
  if (s.journal) {
    const { lowered, confirmed, raised, gaps2 } = s.journal;
    return { lowered, confirmed, raised, gaps2 };
  }
  if (s.dynamics) return { years: s.dynamics.years };
  return null;
}

export function objectivitySchema(builder: Builder): void {
  const ObjectivitySignal = builder.objectRef<SignalShape>("ObjectivitySignal").implement({
    description: "Сигнал риска необъективности результатов (не вывод): числа, порог, объём выборки и надёжность",
    fields: (t) => ({
      organization: t.prismaField({
        type: "Organization",
        resolve: (query, s, _args, ctx) => ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: s.organizationId } }),
      }),
      year: t.exposeInt("year"),
      grade: t.exposeInt("grade", { nullable: true }),
      subject: t.exposeString("subject", { nullable: true }),
      className: t.exposeString("className", { nullable: true, description: "Класс — для пределов долей отметок" }),
      kind: t.exposeString("kind", {
        description: "FEDERAL_LIST, JOURNAL_LOWERED, JOURNAL_GAPS2, BOUNDARY_PEAK, SHARE2_DYNAMICS или MARK_SHARE_CAP",
      }),
      value: t.exposeFloat("value", { nullable: true }),
      threshold: t.exposeFloat("threshold", { nullable: true }),
      sampleSize: t.exposeInt("sampleSize"),
      reliability: t.exposeString("reliability", { description: "informative (от 50 работ), approximate или notAnalysed" }),
      isRaised: t.exposeBoolean("isRaised", { description: "Порог пройден на выборке, которую можно анализировать" }),
      pValue: t.exposeFloat("pValue", { nullable: true, description: "p-значение с поправкой на множественные проверки" }),
      explanation: t.exposeString("explanation"),
      details: t.field({ type: "JSON", nullable: true, resolve: details }),
    }),
  });

  const ObjectivityMarkLimit = builder
    .objectRef<{ subject: string; max4: number; max5: number; min2: number; isDefault: boolean }>("ObjectivityMarkLimit")
    .implement({
      description: "Пределы долей отметок по предмету в цикле (сигнал MARK_SHARE_CAP), %",
      fields: (t) => ({
        subject: t.exposeString("subject"),
        max4: t.exposeFloat("max4", { description: "Доля «4» не более" }),
        max5: t.exposeFloat("max5", { description: "Доля «5» не более" }),
        min2: t.exposeFloat("min2", { description: "Доля «2» не менее" }),
        isDefault: t.exposeBoolean("isDefault", { description: "Значения по умолчанию: оператор пределы не задавал" }),
      }),
    });

  builder.mutationFields((t) => ({
    setObjectivityMarkLimits: t.field({
      type: ObjectivityMarkLimit,
      description: "Оператор задаёт пределы долей отметок по предмету для цикла",
      authScopes: { roles: ["OPERATOR"] },
      args: {
        cycleId: t.arg.id({ required: true }),
        subject: t.arg.string({ required: true }),
        max4: t.arg.float({ required: true }),
        max5: t.arg.float({ required: true }),
        min2: t.arg.float({ required: true }),
      },
      resolve: async (_root, args, ctx) => {
        const saved = await setMarkLimits({
          prisma: ctx.prisma,
          actorId: ctx.user?.id ?? null,
          cycleId: parseId(args.cycleId, "цикла"),
          subject: args.subject,
          limits: { max4: args.max4, max5: args.max5, min2: args.min2 },
        });
        return { ...saved, isDefault: false };
      },
    }),
  }));

  builder.queryFields((t) => ({
    objectivityMarkLimits: t.field({
      type: [ObjectivityMarkLimit],
      description: "Пределы долей отметок цикла по предметам; «по умолчанию» — для предметов без своих пределов",
      authScopes: { authenticated: true },
      args: { cycleId: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const limits = await markLimitsOf(ctx.prisma, parseId(args.cycleId, "цикла"));
        return [
          { subject: "по умолчанию", ...DEFAULT_MARK_SHARE_LIMITS, isDefault: true },
          ...[...limits.entries()].map(([subject, l]) => ({ subject, ...l, isDefault: false })),
        ];
      },
    }),
    objectivitySignals: t.field({
      type: [ObjectivitySignal],
      description: "Сигналы объективности по ВПР: организация × параллель × предмет (× класс) за год цикла",
      authScopes: { authenticated: true },
      args: { cycleId: t.arg.id({ required: true }), organizationId: t.arg.id() },
      resolve: async (_root, args, ctx) => {
        const cycleId = parseId(args.cycleId, "цикла");
        await getCycle(ctx.prisma, cycleId);
        const organizationId = args.organizationId ? parseId(args.organizationId, "организации") : null;
        const organizationIds = await readableOrganizations(ctx, cycleId, organizationId);
        const loaded = await loadSignals({ prisma: ctx.prisma, cycleId, organizationIds });
        return loaded.flatMap((o) => o.signals.map((s) => ({ ...s, organizationId: o.organizationId })));
      },
    }),
  }));
}
