// The current user, login and logout.
import { clearedSessionCookie, login, logout, sessionCookie } from "../services/auth/sessions.js";
import type { Builder } from "./builder.js";
import type { SessionUser } from "./context.js";
import type { Enums } from "./enums.js";

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

  builder.queryFields((t) => ({
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
