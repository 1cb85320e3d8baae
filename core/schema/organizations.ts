// Organizations, their heads and appointment history.
import { todayInZone } from "../domain/dates.js";
import type { Builder } from "./builder.js";
import type { Enums } from "./enums.js";
import { parseId } from "./ids.js";

export function addOrganizations(builder: Builder, enums: Enums) {
  const Leader = builder.prismaObject("Leader", {
    description: "Руководитель образовательной организации",
    fields: (t) => ({
      id: t.exposeID("id"),
      fullName: t.string({
        select: { lastName: true, firstName: true, middleName: true },
        resolve: (l) => [l.lastName, l.firstName, l.middleName].filter(Boolean).join(" "),
      }),
      lastName: t.exposeString("lastName"),
      firstName: t.exposeString("firstName"),
      middleName: t.exposeString("middleName", { nullable: true }),
      email: t.exposeString("email", { nullable: true, authScopes: { staff: true } }),
      phone: t.exposeString("phone", { nullable: true, authScopes: { staff: true } }),
    }),
  });

  const Appointment = builder.prismaObject("Appointment", {
    description: "Назначение руководителя (в том числе и.о.)",
    fields: (t) => ({
      id: t.exposeID("id"),
      leader: t.relation("leader"),
      position: t.exposeString("position"),
      isActing: t.exposeBoolean("isActing"),
      startsOn: t.expose("startsOn", { type: "Date" }),
      endsOn: t.expose("endsOn", { type: "Date", nullable: true }),
    }),
  });

  const Organization = builder.prismaObject("Organization", {
    description: "Муниципальная образовательная организация",
    fields: (t) => ({
      id: t.exposeID("id"),
      name: t.exposeString("shortName", { description: "Краткое наименование" }),
      fullName: t.exposeString("fullName"),
      shortName: t.exposeString("shortName"),
      kind: t.expose("kind", { type: enums.OrgKind }),
      inn: t.exposeString("inn", { nullable: true }),
      fisOkoLogin: t.exposeString("fisOkoLogin", { nullable: true }),
      address: t.exposeString("address", { nullable: true }),
      isOpen: t.boolean({ select: { status: true }, resolve: (o) => o.status === "OPEN" }),
      openedOn: t.expose("openedOn", { type: "Date", nullable: true }),
      closedOn: t.expose("closedOn", { type: "Date", nullable: true }),
      contingent: t.exposeInt("contingent", { nullable: true }),
      currentLeader: t.field({
        type: Leader,
        nullable: true,
        description: "Руководитель, назначенный на сегодняшнюю дату",
        select: (_args, _ctx, nested) => {
          const today = todayInZone();
          return {
            appointments: {
              where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
              orderBy: { startsOn: "desc" },
              take: 1,
              select: { leader: nested(true) },
            },
          };
        },
        resolve: (o) => o.appointments[0]?.leader ?? null,
      }),
      appointments: t.relation("appointments", { query: { orderBy: { startsOn: "desc" } } }),
    }),
  });

  builder.queryFields((t) => ({
    organizations: t.prismaConnection({
      type: "Organization",
      cursor: "id",
      description: "Организации муниципалитета, постранично (Relay)",
      args: { kind: t.arg({ type: enums.OrgKind, required: false }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.organization.findMany({
          ...query,
          where: args.kind ? { kind: args.kind } : {},
          orderBy: { id: "asc" },
        }),
    }),
    organization: t.prismaField({
      type: "Organization",
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.organization.findUnique({ ...query, where: { id: parseId(args.id, "организации") } }),
    }),
  }));
  return { Organization, Leader, Appointment };
}
