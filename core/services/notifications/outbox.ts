// Delivery of the mail outbox. An instance claims due rows with FOR UPDATE SKIP LOCKED and leases
// them (moves their next attempt into the future) before sending, so two instances never send one
// letter; a failure is retried with exponential back-off and becomes a dead letter after N tries.
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Logger } from "../../logger.js";
import type { Mailer } from "./mailer.js";

export interface DeliveryOptions {
  prisma: PrismaClient;
  mailer: Mailer;
  logger: Logger;
  /** The address links in letters point to, e.g. https://orientir.example.ru */
  publicUrl: string;
  /** Tries before a letter becomes a dead letter. */
  maxAttempts: number;
  /** First retry after this many ms; each next one waits twice as long (at most an hour). */
  retryBaseMs: number;
  /** Rows claimed at once. @default 20 */
  batchSize?: number;
}

/** How long a claimed letter is left to its instance before another one may try it. */
const LEASE_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;

// Timestamps are "timestamp without time zone" holding UTC, as Prisma writes them: compare with UTC text.
const utc = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");

interface Claimed {
  id: number;
  toAddress: string;
  attempts: number;
  title: string;
  body: string;
  link: string;
}

async function claim(prisma: PrismaClient, now: Date, limit: number): Promise<Claimed[]> {
  return prisma.$queryRawUnsafe<Claimed[]>(
    `WITH due AS (
       SELECT id FROM "MailOutbox" WHERE status = 'PENDING' AND "nextAttemptAt" <= $1::timestamp
       ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
     UPDATE "MailOutbox" m SET attempts = m.attempts + 1, "nextAttemptAt" = $2::timestamp
     FROM due, "Notification" n WHERE m.id = due.id AND n.id = m."notificationId"
     RETURNING m.id, m."toAddress", m.attempts, n.title, n.body, n.link`,
    utc(now),
    utc(new Date(now.getTime() + LEASE_MS)),
    limit,
  );
}

export function letterText(args: { body: string; link: string; publicUrl: string }): string {
  const url = `${args.publicUrl.replace(/\/+$/, "")}/${args.link}`;
  return `${args.body}\n\nОткрыть в «Ориентире»: ${url}\n\n—\nПисьмо отправлено автоматически. Отключить письма можно на странице «Уведомления» в «Ориентире».\n`;
}

/** Sends every due letter once; returns how many were sent. */
export async function deliverDue(options: DeliveryOptions): Promise<{ sent: number; failed: number }> {
  const { prisma, mailer, logger } = options;
  if (!mailer.isEnabled) return { sent: 0, failed: 0 };
  const letters = await claim(prisma, new Date(), options.batchSize ?? 20);
  let sent = 0;
  let failed = 0;
  for (const letter of letters) {
    try {
      await mailer.send({
        to: letter.toAddress,
        subject: `«Ориентир»: ${letter.title}`,
        text: letterText({ body: letter.body, link: letter.link, publicUrl: options.publicUrl }),
      });
      await prisma.mailOutbox.update({ where: { id: letter.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      sent++;
    } catch (error) {
      failed++;
      const message = (error as Error).message.slice(0, 500);
      const isDead = letter.attempts >= options.maxAttempts;
      const delay = Math.min(options.retryBaseMs * 2 ** (letter.attempts - 1), MAX_BACKOFF_MS);
      await prisma.mailOutbox.update({
        where: { id: letter.id },
        data: isDead
          ? { status: "DEAD", lastError: message }
          : { status: "PENDING", lastError: message, nextAttemptAt: new Date(Date.now() + delay) },
      });
      const log = { letter: letter.id, to: letter.toAddress, attempts: letter.attempts, error: message };
      if (isDead) logger.error(log, "mail became a dead letter");
      else logger.warn({ ...log, retryInMs: delay }, "mail failed, will retry");
    }
  }
  return { sent, failed };
}
