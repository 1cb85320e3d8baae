// The notification centre of the signed-in user, their mail settings, and the administrator's view
// of mail delivery (issue 16).
import { markRead, retryDeadLetters, updateMailSettings } from "../services/notifications/inbox.js";
import type { Builder } from "./builder.js";
import { parseId } from "./ids.js";

const me = (ctx: { user: { id: number } | null }) => (ctx.user as { id: number }).id;

export function addNotifications(builder: Builder) {
  builder.prismaObject("Notification", {
    description: "Уведомление пользователя",
    fields: (t) => ({
      id: t.exposeID("id"),
      kind: t.exposeString("kind", { description: "Событие: cycle.collecting, review.returned, recommendations.sent, deadline.soon …" }),
      title: t.exposeString("title"),
      body: t.exposeString("body"),
      link: t.exposeString("link", { description: "Адрес страницы веб-клиента (#/review/3)" }),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      readAt: t.expose("readAt", { type: "DateTime", nullable: true }),
      isRead: t.boolean({ resolve: (n) => n.readAt !== null }),
    }),
  });

  const Letter = builder.prismaObject("MailOutbox", {
    name: "MailLetter",
    description: "Письмо в очереди отправки",
    fields: (t) => ({
      id: t.exposeID("id"),
      toAddress: t.exposeString("toAddress"),
      status: t.exposeString("status", { description: "PENDING, SENT или DEAD" }),
      attempts: t.exposeInt("attempts"),
      lastError: t.exposeString("lastError", { nullable: true }),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      subject: t.string({ select: { notification: { select: { title: true } } }, resolve: (m) => m.notification.title }),
    }),
  });

  const Settings = builder
    .objectRef<{ email: string | null; isEmailEnabled: boolean; isMailOn: boolean }>("NotificationSettings")
    .implement({
      description: "Почтовые настройки пользователя",
      fields: (t) => ({
        email: t.exposeString("email", { nullable: true }),
        isEmailEnabled: t.exposeBoolean("isEmailEnabled", { description: "Пользователь получает письма (его собственный выбор)" }),
        isMailOn: t.exposeBoolean("isMailOn", { description: "Отправка писем настроена на сервере (SMTP_URL)" }),
        canManageMail: t.boolean({
          description: "Пользователь видит состояние рассылки и недоставленные письма (mailStatus)",
          resolve: (_s, _a, ctx) => ctx.user?.role === "ADMIN",
        }),
      }),
    });

  const MailStatus = builder.objectRef<{ isEnabled: boolean; from: string }>("MailStatus").implement({
    description: "Состояние почтовой рассылки (для администратора)",
    fields: (t) => ({
      isEnabled: t.exposeBoolean("isEnabled", { description: "SMTP_URL задан; иначе уведомления только в приложении" }),
      from: t.exposeString("from"),
      pending: t.int({ resolve: (_s, _a, ctx) => ctx.prisma.mailOutbox.count({ where: { status: "PENDING" } }) }),
      sent: t.int({ resolve: (_s, _a, ctx) => ctx.prisma.mailOutbox.count({ where: { status: "SENT" } }) }),
      dead: t.int({ resolve: (_s, _a, ctx) => ctx.prisma.mailOutbox.count({ where: { status: "DEAD" } }) }),
      deadLetters: t.prismaField({
        type: [Letter],
        description: "Письма, не доставленные после всех попыток (последние 100)",
        resolve: (query, _s, _a, ctx) =>
          ctx.prisma.mailOutbox.findMany({ ...query, where: { status: "DEAD" }, orderBy: { id: "desc" }, take: 100 }),
      }),
    }),
  });

  builder.queryFields((t) => ({
    notifications: t.prismaConnection({
      type: "Notification",
      cursor: "id",
      description: "Уведомления текущего пользователя, новые сначала",
      authScopes: { authenticated: true },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.notification.findMany({ ...query, where: { userId: me(ctx) }, orderBy: { id: "desc" } }),
    }),
    unreadNotificationCount: t.int({
      description: "Непрочитанные уведомления текущего пользователя (колокольчик)",
      authScopes: { authenticated: true },
      resolve: (_root, _args, ctx) => ctx.prisma.notification.count({ where: { userId: me(ctx), readAt: null } }),
    }),
    notificationSettings: t.field({
      type: Settings,
      authScopes: { authenticated: true },
      resolve: async (_root, _args, ctx) => {
        const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: me(ctx) }, select: { email: true, isEmailEnabled: true } });
        return { ...user, isMailOn: ctx.mail.isEnabled };
      },
    }),
    mailStatus: t.field({ type: MailStatus, authScopes: { roles: ["ADMIN"] }, resolve: (_root, _args, ctx) => ctx.mail }),
  }));

  builder.mutationFields((t) => ({
    markNotificationsRead: t.int({
      description: "Отмечает прочитанными свои уведомления; возвращает, сколько отмечено",
      authScopes: { authenticated: true },
      args: { ids: t.arg.idList({ required: true }) },
      resolve: (_root, args, ctx) =>
        markRead({ prisma: ctx.prisma, userId: me(ctx), ids: args.ids.map((id) => parseId(id, "уведомления")) }),
    }),
    markAllNotificationsRead: t.int({
      authScopes: { authenticated: true },
      resolve: (_root, _args, ctx) => markRead({ prisma: ctx.prisma, userId: me(ctx), ids: null }),
    }),
    updateNotificationSettings: t.field({
      type: Settings,
      description: "Свой адрес почты и выключатель писем",
      authScopes: { authenticated: true },
      args: { email: t.arg.string(), isEmailEnabled: t.arg.boolean({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const saved = await updateMailSettings({
          prisma: ctx.prisma,
          userId: me(ctx),
          email: args.email ?? null,
          isEmailEnabled: args.isEmailEnabled,
        });
        return { ...saved, isMailOn: ctx.mail.isEnabled };
      },
    }),
    retryDeadLetters: t.int({
      description: "Возвращает недоставленные письма в очередь",
      authScopes: { roles: ["ADMIN"] },
      args: { ids: t.arg.idList({ required: true }) },
      resolve: (_root, args, ctx) =>
        retryDeadLetters({ prisma: ctx.prisma, actorId: me(ctx), ids: args.ids.map((id) => parseId(id, "письма")) }),
    }),
  }));
}
