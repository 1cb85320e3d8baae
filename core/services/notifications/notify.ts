// Writes notifications — and, for users who receive mail, their outbox rows — inside the caller's
// transaction: the notice exists exactly when the event it tells of was committed.
import type { Prisma } from "../../generated/prisma/client.js";

type Tx = Pick<Prisma.TransactionClient, "user" | "notification" | "mailOutbox">;

export interface NoticeInput {
  /** Who is told; duplicates and the actor themselves are dropped. */
  userIds: readonly number[];
  /** Stable event name: cycle.collecting, review.returned, recommendations.sent, deadline.soon … */
  kind: string;
  title: string;
  body: string;
  /** The web client's hash route, e.g. "#/review/3". */
  link: string;
  cycleId?: number | null;
  /** The user who caused the event is not told of their own action. */
  actorId?: number | null;
  /** Scheduled reminders: one notice per key and user, whatever instance writes it. */
  dedupeKey?: string;
}

/** Returns how many notices were written. */
export async function notify(tx: Tx, input: NoticeInput): Promise<number> {
  const ids = [...new Set(input.userIds)].filter((id) => id !== input.actorId);
  if (!ids.length) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: ids }, isActive: true },
    select: { id: true, email: true, isEmailEnabled: true },
    orderBy: { id: "asc" },
  });
  let written = 0;
  for (const user of users) {
    const dedupeKey = input.dedupeKey ? `${input.dedupeKey}:${user.id}` : null;
    if (dedupeKey && (await tx.notification.findUnique({ where: { dedupeKey }, select: { id: true } }))) continue;
    written++;
    const notice = await tx.notification.create({
      data: {
        userId: user.id,
        kind: input.kind,
        title: input.title,
        body: input.body,
        link: input.link,
        cycleId: input.cycleId ?? null,
        dedupeKey,
      },
    });
    if (user.email && user.isEmailEnabled) {
      await tx.mailOutbox.create({ data: { notificationId: notice.id, toAddress: user.email } });
    }
  }
  return written;
}
