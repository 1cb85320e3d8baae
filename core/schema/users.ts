// The current user, login and logout.

import type { SessionUser } from "../domain/actor.js";
import type { Role } from "../generated/prisma/client.js";
import { createApiToken, revokeApiToken } from "../services/auth/api-tokens.js";
import { clearedSessionCookie, login, logout, sessionCookie } from "../services/auth/sessions.js";
import type { Builder } from "./builder.js";
import type { Enums } from "./enums.js";
import { parseId } from "./ids.js";

const DEMO_ACCOUNTS: { login: string; role: Role; title: string }[] = [
  { login: "admin", role: "ADMIN", title: "администратор" },
  { login: "operator", role: "OPERATOR", title: "оператор мониторинга (ЦРО)" },
  { login: "expert", role: "EXPERT", title: "эксперт" },
  { login: "department", role: "DEPARTMENT", title: "управление образования" },
  { login: "leader", role: "LEADER", title: "руководитель школы" },
];

export function addUsers(builder: Builder, enums: Enums) {
  const User = builder.objectRef<SessionUser>("User").implement({
    fields: (t) => ({
      id: t.exposeID("id"),
      login: t.exposeString("login"),
      fullName: t.exposeString("fullName"),
      role: t.field({ type: enums.Role, resolve: (u) => u.role }),
      organization: t.prismaField({
        type: "Organization",
        nullable: true,
        resolve: (query, user, _args, ctx) =>
          user.organizationId === null ? null : ctx.prisma.organization.findUnique({ ...query, where: { id: user.organizationId } }),
      }),
    }),
  });

  const DemoAccount = builder.objectRef<{ login: string; role: Role; title: string }>("DemoAccount").implement({
    fields: (t) => ({ login: t.exposeString("login"), role: t.expose("role", { type: enums.Role }), title: t.exposeString("title") }),
  });
  const About = builder.objectRef<{ municipality: string; region: string; isDemo: boolean }>("About").implement({
    description: "Сведения о развёртывании для страницы входа",
    fields: (t) => ({
      municipality: t.exposeString("municipality"),
      region: t.exposeString("region"),
      isDemo: t.exposeBoolean("isDemo"),
      demoAccounts: t.field({
        type: [DemoAccount],
        description: "Демонстрационные учётные записи (пароль demo); пусто вне демо-режима",
        resolve: (about) => (about.isDemo ? DEMO_ACCOUNTS : []),
      }),
    }),
  });

  builder.queryFields((t) => ({
    about: t.field({
      type: About,
      resolve: async (_root, _args, ctx) => {
        const municipality = await ctx.prisma.municipality.findFirst({ orderBy: { id: "asc" } });
        return { municipality: municipality?.name ?? "", region: municipality?.region ?? "", isDemo: ctx.isDemo };
      },
    }),
    me: t.field({
      type: User,
      nullable: true,
      description: "Текущий пользователь; null — вход не выполнен",
      resolve: (_root, _args, ctx) => ctx.user,
    }),
  }));

  builder.prismaObject("ApiToken", {
    description: "API-токен внешней отчётной системы (только чтение)",
    fields: (t) => ({
      id: t.exposeID("id"),
      name: t.exposeString("name"),
      scope: t.exposeString("scope"),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
      revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    }),
  });

  builder.queryFields((t) => ({
    apiTokens: t.prismaField({
      type: ["ApiToken"],
      authScopes: { roles: ["ADMIN"] },
      resolve: (query, _root, _args, ctx) => ctx.prisma.apiToken.findMany({ ...query, orderBy: { id: "asc" } }),
    }),
  }));

  builder.mutationFields((t) => ({
    createApiToken: t.string({
      description: "Создаёт API-токен только для чтения; токен показывается один раз",
      authScopes: { roles: ["ADMIN"] },
      args: { name: t.arg.string({ required: true }) },
      resolve: (_root, args, ctx) => createApiToken({ prisma: ctx.prisma, actorId: (ctx.user as SessionUser).id, name: args.name }),
    }),
    revokeApiToken: t.boolean({
      authScopes: { roles: ["ADMIN"] },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        await revokeApiToken({ prisma: ctx.prisma, actorId: (ctx.user as SessionUser).id, id: parseId(args.id, "токена") });
        return true;
      },
    }),
    login: t.field({
      type: User,
      description: "Вход по логину и паролю; устанавливает сессионный cookie",
      args: { login: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const session = await login({
          prisma: ctx.prisma,
          login: args.login,
          password: args.password,
          ttlHours: ctx.sessionTtlHours,
          clientAddress: ctx.clientAddress,
        });
        ctx.responseCookies.push(sessionCookie(session.token, session.expiresAt, ctx.isHttps));
        ctx.user = session.user;
        return session.user;
      },
    }),
    logout: t.boolean({
      resolve: async (_root, _args, ctx) => {
        if (ctx.sessionToken) await logout(ctx.prisma, ctx.sessionToken);
        ctx.responseCookies.push(clearedSessionCookie());
        ctx.user = null;
        return true;
      },
    }),
  }));
  return { User };
}
