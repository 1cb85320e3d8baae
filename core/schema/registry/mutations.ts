// The registry's mutations: organizations, appointments of heads, heads' accounts, reorganizations
// and municipalities. The rules live in core/domain/registry; this file only maps arguments.
import { assertInScope } from "../../domain/municipality-scope.js";
import { InputError } from "../../errors.js";
import { recordAudit } from "../../services/audit.js";
import { appointLeader, correctAppointment, endAppointment } from "../../services/registry/appointments.js";
import { createLeaderAccount } from "../../services/registry/leader-account.js";
import {
  closeOrganization,
  createOrganization,
  getOrganization,
  reopenOrganization,
  updateOrganization,
} from "../../services/registry/organizations.js";
import { reorganize, undoReorganization } from "../../services/registry/reorganizations.js";
import type { Builder } from "../builder.js";
import type { RegistryTypes } from "./types.js";

const REGISTRY_ROLES = ["ADMIN", "OPERATOR"] as const;

export function addRegistryMutations(
  builder: Builder,
  { OrganizationInput, toFields, AppointLeaderInput, CorrectAppointmentInput, ReorganizationInput, CreatedLeaderAccount }: RegistryTypes,
) {
  builder.mutationFields((t) => ({
    createOrganization: t.prismaField({
      type: "Organization",
      authScopes: { roles: REGISTRY_ROLES },
      args: { input: t.arg({ type: OrganizationInput, required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const org = await createOrganization({ db: ctx.prisma, user: ctx.user, input: toFields(args.input) });
        return ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: org.id } });
      },
    }),
    updateOrganization: t.prismaField({
      type: "Organization",
      authScopes: { roles: REGISTRY_ROLES },
      args: { id: t.arg.id({ required: true }), input: t.arg({ type: OrganizationInput, required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const org = await updateOrganization({
          db: ctx.prisma,
          user: ctx.user,
          id: args.id,
          input: toFields(args.input),
        });
        return ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: org.id } });
      },
    }),
    closeOrganization: t.prismaField({
      type: "Organization",
      description: "Закрывает организацию с даты; действующий руководитель освобождается этой датой",
      authScopes: { roles: REGISTRY_ROLES },
      args: { id: t.arg.id({ required: true }), closedOn: t.arg({ type: "Date", required: true }), reason: t.arg.string() },
      resolve: async (query, _root, args, ctx) => {
        const id = args.id;
        assertInScope(ctx.user, (await getOrganization(ctx.prisma, id)).municipalityId, "Организация");
        await ctx.prisma.$transaction((tx) =>
          closeOrganization({ db: tx, actorId: ctx.actorId, id, closedOn: args.closedOn, reason: args.reason }),
        );
        return ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id } });
      },
    }),
    reopenOrganization: t.prismaField({
      type: "Organization",
      authScopes: { roles: REGISTRY_ROLES },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const id = args.id;
        assertInScope(ctx.user, (await getOrganization(ctx.prisma, id)).municipalityId, "Организация");
        await reopenOrganization({ db: ctx.prisma, actorId: ctx.actorId, id });
        return ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id } });
      },
    }),
    appointLeader: t.prismaField({
      type: "Appointment",
      authScopes: { roles: REGISTRY_ROLES },
      args: { input: t.arg({ type: AppointLeaderInput, required: true }) },
      resolve: async (query, _root, { input }, ctx) => {
        const appointment = await ctx.prisma.$transaction((tx) =>
          appointLeader({
            db: tx,
            user: ctx.user,
            input: {
              ...input,
              organizationId: input.organizationId,
              leaderId: input.leaderId ?? null,
            },
          }),
        );
        return ctx.prisma.appointment.findUniqueOrThrow({ ...query, where: { id: appointment.id } });
      },
    }),
    endAppointment: t.prismaField({
      type: "Appointment",
      authScopes: { roles: REGISTRY_ROLES },
      args: { appointmentId: t.arg.id({ required: true }), endsOn: t.arg({ type: "Date", required: true }), reason: t.arg.string() },
      resolve: async (query, _root, args, ctx) => {
        const appointment = await endAppointment({
          prisma: ctx.prisma,
          user: ctx.user,
          appointmentId: args.appointmentId,
          endsOn: args.endsOn,
          reason: args.reason,
        });
        return ctx.prisma.appointment.findUniqueOrThrow({ ...query, where: { id: appointment.id } });
      },
    }),
    correctAppointment: t.prismaField({
      type: "Appointment",
      description: "Исправляет ошибочную запись о назначении (даты, должность, приказ)",
      authScopes: { roles: REGISTRY_ROLES },
      args: { appointmentId: t.arg.id({ required: true }), input: t.arg({ type: CorrectAppointmentInput, required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const appointment = await correctAppointment({
          prisma: ctx.prisma,
          user: ctx.user,
          appointmentId: args.appointmentId,
          input: args.input,
        });
        return ctx.prisma.appointment.findUniqueOrThrow({ ...query, where: { id: appointment.id } });
      },
    }),
    createLeaderAccount: t.field({
      type: CreatedLeaderAccount,
      description: "Учётная запись руководителя по назначению; доступ следует за его назначениями",
      authScopes: { roles: REGISTRY_ROLES },
      args: { appointmentId: t.arg.id({ required: true }), login: t.arg.string() },
      resolve: async (_root, args, ctx) => {
        const { user, password } = await createLeaderAccount({
          prisma: ctx.prisma,
          user: ctx.user,
          appointmentId: args.appointmentId,
          login: args.login,
        });
        return { login: user.login, password };
      },
    }),
    reorganize: t.prismaField({
      type: "Reorganization",
      authScopes: { roles: REGISTRY_ROLES },
      args: { input: t.arg({ type: ReorganizationInput, required: true }) },
      resolve: async (query, _root, { input }, ctx) => {
        const record = await reorganize({
          prisma: ctx.prisma,
          user: ctx.user,
          input: {
            ...input,
            organizationIds: input.organizationIds,
            survivorId: input.survivorId ?? null,
            newOrganizations: input.newOrganizations?.map(toFields) ?? null,
          },
        });
        return ctx.prisma.reorganization.findUniqueOrThrow({ ...query, where: { id: record.id } });
      },
    }),
    undoReorganization: t.prismaField({
      type: "Reorganization",
      description: "Отменяет ошибочно внесённую реорганизацию",
      authScopes: { roles: REGISTRY_ROLES },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const record = await undoReorganization({ prisma: ctx.prisma, user: ctx.user, id: args.id });
        return ctx.prisma.reorganization.findUniqueOrThrow({ ...query, where: { id: record.id } });
      },
    }),
    createMunicipality: t.prismaField({
      type: "Municipality",
      authScopes: { roles: ["ADMIN"] },
      args: { name: t.arg.string({ required: true }), region: t.arg.string() },
      resolve: async (query, _root, args, ctx) => {
        const name = args.name.trim().replace(/\s+/g, " ");
        if (!name) throw new InputError("Укажите название муниципалитета.");
        if (await ctx.prisma.municipality.findUnique({ where: { name } })) throw new InputError(`Муниципалитет «${name}» уже есть.`);
        const first = await ctx.prisma.municipality.findFirst({ orderBy: { id: "asc" } });
        const region = args.region?.trim() || first?.region;
        if (!region) throw new InputError("Укажите регион.");
        const created = await ctx.prisma.municipality.create({ data: { name, region } });
        await recordAudit(ctx.prisma, {
          actorId: ctx.actorId,
          action: "municipality.create",
          entity: "Municipality",
          entityId: created.id,
          details: { name, region },
        });
        return ctx.prisma.municipality.findUniqueOrThrow({ ...query, where: { id: created.id } });
      },
    }),
  }));
}
