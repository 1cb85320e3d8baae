// Organizations, their heads and appointment history, municipalities and reorganizations: the types.
import { todayInZone } from "../../domain/dates.js";
import type { Builder } from "../builder.js";
import type { Enums } from "../enums.js";
import { inPost } from "./in-post.js";

export type OrganizationsTypes = ReturnType<typeof addOrganizationsTypes>;

export function addOrganizationsTypes(builder: Builder, enums: Enums) {
  const ReorganizationKind = builder.enumType("ReorganizationKind", {
    values: {
      MERGE: { description: "Слияние: A + B → новая C" },
      JOIN: { description: "Присоединение: B присоединяется к A" },
      SPLIT: { description: "Разделение: A → новые B и C" },
      RENAME: { description: "Переименование" },
      CLOSE: { description: "Ликвидация" },
    } as const,
  });

  builder.prismaObject("Municipality", {
    description: "Муниципалитет (городской округ, муниципальный район) региона",
    fields: (t) => ({
      id: t.exposeID("id"),
      name: t.exposeString("name"),
      region: t.exposeString("region"),
    }),
  });

  const Leader = builder.prismaObject("Leader", {
    description: "Руководитель образовательной организации (человек)",
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
      appointments: t.relation("appointments", {
        description: "Назначения во всех организациях, новые первыми",
        query: { orderBy: { startsOn: "desc" } },
      }),
      accountLogin: t.string({
        nullable: true,
        description: "Логин учётной записи руководителя, если она создана",
        authScopes: { roles: ["ADMIN", "OPERATOR"] },
        select: { accounts: { where: { isActive: true }, select: { login: true }, take: 1 } },
        resolve: (l) => l.accounts[0]?.login ?? null,
      }),
    }),
  });

  const Appointment = builder.prismaObject("Appointment", {
    description: "Назначение руководителя (в том числе и.о.)",
    fields: (t) => ({
      id: t.exposeID("id"),
      leader: t.relation("leader"),
      organization: t.relation("organization"),
      position: t.exposeString("position"),
      isActing: t.exposeBoolean("isActing"),
      startsOn: t.expose("startsOn", { type: "Date" }),
      endsOn: t.expose("endsOn", { type: "Date", nullable: true }),
      orderNumber: t.exposeString("orderNumber", { nullable: true, description: "Номер приказа о назначении" }),
      orderDate: t.expose("orderDate", { type: "Date", nullable: true }),
      endReason: t.exposeString("endReason", { nullable: true }),
      isCurrent: t.boolean({
        description: "В должности сегодня",
        select: { startsOn: true, endsOn: true },
        resolve: (a) => {
          const today = todayInZone();
          return a.startsOn <= today && (a.endsOn === null || a.endsOn >= today);
        },
      }),
    }),
  });

  const Reorganization = builder.prismaObject("Reorganization", {
    description: "Реорганизация: слияние, присоединение, разделение, переименование, ликвидация",
    fields: (t) => ({
      id: t.exposeID("id"),
      kind: t.expose("kind", { type: ReorganizationKind }),
      date: t.expose("date", { type: "Date" }),
      orderNumber: t.exposeString("orderNumber", { nullable: true }),
      orderDate: t.expose("orderDate", { type: "Date", nullable: true }),
      comment: t.exposeString("comment", { nullable: true }),
      isUndone: t.boolean({ select: { undoneAt: true }, resolve: (r) => r.undoneAt !== null }),
      predecessors: t.field({
        type: [Organization],
        select: (_a, _c, nested) => ({ links: { select: { predecessorId: true, predecessor: nested() } } }),
        resolve: (r) => [...new Map(r.links.map((l) => [l.predecessorId, l.predecessor])).values()],
      }),
      successors: t.field({
        type: [Organization],
        select: (_a, _c, nested) => ({ links: { select: { successorId: true, successor: nested() } } }),
        resolve: (r) => [...new Map(r.links.map((l) => [l.successorId, l.successor])).values()],
      }),
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
      orgType: t.exposeString("orgType", { nullable: true, description: "Тип внутри вида: СОШ, гимназия, детский сад, ЦДТ …" }),
      inn: t.exposeString("inn", { nullable: true }),
      kpp: t.exposeString("kpp", { nullable: true }),
      ogrn: t.exposeString("ogrn", { nullable: true }),
      fisOkoLogin: t.exposeString("fisOkoLogin", { nullable: true }),
      address: t.exposeString("address", { nullable: true }),
      isOpen: t.boolean({ select: { status: true }, resolve: (o) => o.status === "OPEN" }),
      openedOn: t.expose("openedOn", { type: "Date", nullable: true }),
      closedOn: t.expose("closedOn", { type: "Date", nullable: true }),
      contingent: t.exposeInt("contingent", { nullable: true }),
      municipality: t.relation("municipality"),
      currentLeader: t.field({
        type: Leader,
        nullable: true,
        description: "Руководитель, назначенный на сегодняшнюю дату",
        select: (_args, _ctx, nested) => ({
          appointments: { where: inPost(todayInZone()), orderBy: { startsOn: "desc" }, take: 1, select: { leader: nested(true) } },
        }),
        resolve: (o) => o.appointments[0]?.leader ?? null,
      }),
      currentAppointment: t.field({
        type: Appointment,
        nullable: true,
        description: "Действующее назначение (с датами, приказом, признаком и.о.)",
        select: (_args, _ctx, nested) => ({
          appointments: nested({ where: inPost(todayInZone()), orderBy: { startsOn: "desc" }, take: 1 }),
        }),
        resolve: (o) => o.appointments[0] ?? null,
      }),
      appointments: t.relation("appointments", { query: { orderBy: { startsOn: "desc" } } }),
    }),
  });

  // Links to other organizations: added after the type, which they refer to.
  builder.prismaObjectFields(Organization, (t) => ({
    predecessors: t.field({
      type: [Organization],
      description: "Организации, из которых эта образована или которые к ней присоединены",
      select: (_a, _c, nested) => ({ predecessorLinks: { select: { predecessor: nested() } } }),
      resolve: (o) => o.predecessorLinks.map((l) => l.predecessor),
    }),
    successors: t.field({
      type: [Organization],
      description: "Организации-правопреемники",
      select: (_a, _c, nested) => ({ successorLinks: { select: { successor: nested() } } }),
      resolve: (o) => o.successorLinks.map((l) => l.successor),
    }),
    reorganizations: t.field({
      type: [Reorganization],
      description: "Реорганизации с участием организации (кроме отменённых)",
      resolve: (o, _args, ctx) =>
        ctx.prisma.reorganization.findMany({
          where: { undoneAt: null, details: { path: ["involved"], array_contains: [o.id] } },
          orderBy: { date: "desc" },
        }),
    }),
  }));

  const OrganizationFilter = builder.inputType("OrganizationFilter", {
    fields: (t) => ({
      search: t.string({ description: "Часть наименования, ИНН или логина ФИС ОКО" }),
      orgType: t.string(),
      isOpen: t.boolean({ description: "true — действующие, false — закрытые; не задано — все" }),
      withoutLeader: t.boolean({ description: "Только без руководителя на сегодня" }),
      actingLeader: t.boolean({ description: "Только с исполняющим обязанности руководителя" }),
      municipalityId: t.id(),
    }),
  });

  return { ReorganizationKind, Leader, Organization, OrganizationFilter };
}
