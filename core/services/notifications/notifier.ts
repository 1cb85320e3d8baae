// The notifier inside the app: a timer delivers the mail outbox and, less often, writes the
// scheduled reminders. Each tick waits for the previous one; stop() waits for the running tick.
import type { Registry } from "../../direction/registry.js";
import { parseIsoDate } from "../../domain/dates.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Logger } from "../../logger.js";
import { createMailer, type Mailer } from "./mailer.js";
import { deliverDue } from "./outbox.js";
import { runReminders } from "./reminders.js";

export interface NotifierConfig {
  SMTP_URL?: string | undefined;
  MAIL_FROM: string;
  MAIL_MAX_ATTEMPTS: number;
  MAIL_RETRY_SECONDS: number;
  MAIL_POLL_SECONDS: number;
  REMINDER_DAYS: number[];
  REMINDERS_POLL_SECONDS: number;
  REMINDERS_TODAY?: string | undefined;
  PUBLIC_URL?: string | undefined;
  PORT: number;
}

export interface Notifier {
  mailer: Mailer;
  stop(): Promise<void>;
}

/** Noon of the set date in Asia/Yekaterinburg, so the date is the same in the zone. */
const clockOf = (today?: string) => () => (today ? new Date((parseIsoDate(today) as Date).getTime() + 7 * 3_600_000) : new Date());

export function startNotifier(args: { prisma: PrismaClient; registry: Registry; config: NotifierConfig; logger: Logger }): Notifier {
  const { prisma, config } = args;
  const logger = args.logger.child({ component: "notifications" });
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
  if (mailer.isEnabled) logger.info({ from: config.MAIL_FROM }, "mail is on");
  else logger.warn("mail is off: SMTP_URL is not set; notifications stay in the app");
  const now = clockOf(config.REMINDERS_TODAY);
  const publicUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  let lastReminders = 0;
  let isStopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    if (Date.now() - lastReminders >= config.REMINDERS_POLL_SECONDS * 1000) {
      lastReminders = Date.now();
      const written = await runReminders({ prisma, registry: args.registry, now: now(), days: config.REMINDER_DAYS });
      if (written) logger.info({ written }, "reminders written");
    }
    await deliverDue({
      prisma,
      mailer,
      logger,
      publicUrl,
      maxAttempts: config.MAIL_MAX_ATTEMPTS,
      retryBaseMs: config.MAIL_RETRY_SECONDS * 1000,
    });
  };
  const schedule = () => {
    if (isStopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error: unknown) => logger.error({ err: error }, "notification tick failed"))
        .finally(schedule);
    }, config.MAIL_POLL_SECONDS * 1000);
  };
  let timer: NodeJS.Timeout | undefined;
  schedule();
  return {
    mailer,
    stop: async () => {
      isStopped = true;
      clearTimeout(timer);
      await running;
      mailer.close();
    },
  };
}
