// Account administration (ADMIN) and the user's own password.

import type { SessionUser } from "../domain/actor.js";
import { hashToken } from "../services/auth/sessions.js";
import { changeOwnPassword, createUser, resetPassword, updateUser } from "../services/auth/users.js";
import type { Builder } from "./builder.js";
import type { Enums } from "./enums.js";

export function addAccounts(builder: Builder, enums: Enums) {
  const Account = builder.prismaObject("User", {
    name: "UserAccount",
    description: "Учётная запись (для администратора)",
    select: { id: true },
    fields: (t) => ({
      id: t.exposeID("id"),
      login: t.exposeString("login"),
      fullName: t.exposeString("fullName"),
      role: t.expose("role", { type: enums.Role }),
      isActive: t.exposeBoolean("isActive"),
      organization: t.relation("organization", { nullable: true }),
      municipality: t.relation("municipality", { nullable: true, description: "Муниципалитет сотрудника; нет — весь регион" }),
      leader: t.relation("leader", { nullable: true, description: "Руководитель (человек), за назначениями которого следует доступ" }),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
    }),
  });

  const CreatedUser = builder.objectRef<{ userId: number; password: string }>("CreatedUser").implement({
    fields: (t) => ({
      user: t.prismaField({
        type: Account,
        resolve: (query, c, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: c.userId } }),
      }),
      temporaryPassword: t.string({ description: "Показывается один раз: передайте пользователю", resolve: (c) => c.password }),
    }),
  });

  const CreateUserInput = builder.inputType("CreateUserInput", {
    fields: (t) => ({
      login: t.string({ required: true }),
      fullName: t.string({ required: true }),
      role: t.field({ type: enums.Role, required: true }),
      organizationId: t.id({ description: "Для руководителя — его организация" }),
      municipalityId: t.id({ description: "Для сотрудника муниципалитета; не задано — весь регион" }),
    }),
  });
  const UpdateUserInput = builder.inputType("UpdateUserInput", {
    fields: (t) => ({
      fullName: t.string(),
      role: t.field({ type: enums.Role }),
      organizationId: t.id(),
      municipalityId: t.id(),
      isActive: t.boolean(),
    }),
  });

  builder.queryFields((t) => ({
    users: t.prismaField({
      type: [Account],
      authScopes: { roles: ["ADMIN"] },
      resolve: (query, _root, _args, ctx) => ctx.prisma.user.findMany({ ...query, orderBy: { login: "asc" } }),
    }),
  }));

  builder.mutationFields((t) => ({
    createUser: t.field({
      type: CreatedUser,
      authScopes: { roles: ["ADMIN"] },
      args: { input: t.arg({ type: CreateUserInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const { user, password } = await createUser({
          prisma: ctx.prisma,
          actorId: (ctx.user as SessionUser).id,
          input: {
            ...input,
            organizationId: input.organizationId ?? null,
            municipalityId: input.municipalityId ?? null,
          },
        });
        return { userId: user.id, password };
      },
    }),
    updateUser: t.prismaField({
      type: Account,
      authScopes: { roles: ["ADMIN"] },
      args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateUserInput, required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const { organizationId, municipalityId, ...rest } = args.input;
        const user = await updateUser({
          prisma: ctx.prisma,
          actorId: (ctx.user as SessionUser).id,
          userId: args.id,
          input: {
            ...rest,
            ...(organizationId === undefined ? {} : { organizationId: organizationId === null ? null : organizationId }),
            ...(municipalityId === undefined ? {} : { municipalityId: municipalityId === null ? null : municipalityId }),
          },
        });
        return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
      },
    }),
    resetPassword: t.string({
      description: "Новый временный пароль пользователя (показывается один раз); все его сессии завершаются",
      authScopes: { roles: ["ADMIN"] },
      args: { userId: t.arg.id({ required: true }) },
      resolve: (_root, args, ctx) => resetPassword({ prisma: ctx.prisma, actorId: (ctx.user as SessionUser).id, userId: args.userId }),
    }),
    changePassword: t.boolean({
      description: "Смена своего пароля; другие сессии пользователя завершаются",
      authScopes: { authenticated: true },
      args: { currentPassword: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
      resolve: async (_root, args, ctx) => {
        await changeOwnPassword({
          prisma: ctx.prisma,
          userId: (ctx.user as SessionUser).id,
          current: args.currentPassword,
          next: args.newPassword,
          keepSessionTokenHash: ctx.sessionToken ? hashToken(ctx.sessionToken) : null,
        });
        return true;
      },
    }),
  }));
}
