// What a user does with their own notifications and mail settings, and the administrator with dead
// letters. Every change of settings and every retry is audited; reading a notice is not a change
// of the monitoring and is not.
import { z } from "zod";
import { InputError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";

export async function markRead(args: { prisma: PrismaClient; userId: number; ids: readonly number[] | null }): Promise<number> {
  const { count } = await args.prisma.notification.updateMany({
    where: { userId: args.userId, readAt: null, ...(args.ids ? { id: { in: [...args.ids] } } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}

const emailSchema = z.email();

export async function updateMailSettings(args: { prisma: PrismaClient; userId: number; email: string | null; isEmailEnabled: boolean }) {
  const email = args.email?.trim() || null;
  if (email !== null && (email.length > 254 || !emailSchema.safeParse(email).success))
    throw new InputError(`Адрес «${email.slice(0, 80)}» не похож на адрес электронной почты: ожидается вида ivanova@school.ru.`, [
      { field: "email", message: "Неверный адрес электронной почты." },
    ]);
  return args.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: args.userId }, select: { email: true, isEmailEnabled: true } });
    const after = await tx.user.update({
      where: { id: args.userId },
      data: { email, isEmailEnabled: args.isEmailEnabled },
      select: { email: true, isEmailEnabled: true },
    });
    await recordAudit(tx, {
      actorId: args.userId,
      action: "user.mail-settings",
      entity: "User",
      entityId: args.userId,
      details: { before, after },
    });
    return after;
  });
}

/** Dead letters go back to the outbox for a fresh round of tries. */
export async function retryDeadLetters(args: { prisma: PrismaClient; actorId: number; ids: readonly number[] }): Promise<number> {
  return args.prisma.$transaction(async (tx) => {
    const { count } = await tx.mailOutbox.updateMany({
      where: { id: { in: [...args.ids] }, status: "DEAD" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() },
    });
    if (count)
      await recordAudit(tx, { actorId: args.actorId, action: "mail.retry", entity: "MailOutbox", details: { ids: [...args.ids], count } });
    return count;
  });
}
