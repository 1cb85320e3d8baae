// The current user, login and logout.
import { clearedSessionCookie, login, logout, sessionCookie } from "../services/auth/sessions.js";
import type { Builder } from "./builder.js";
import type { SessionUser } from "./context.js";
import type { Enums } from "./enums.js";

const DEMO_ACCOUNTS = [
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

  const DemoAccount = builder.objectRef<{ login: string; role: string; title: string }>("DemoAccount").implement({
    fields: (t) => ({ login: t.exposeString("login"), role: t.exposeString("role"), title: t.exposeString("title") }),
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

  builder.mutationFields((t) => ({
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
        ctx.responseCookies.push(sessionCookie(session.token, session.expiresAt, false));
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
