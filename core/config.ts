// Environment → validated configuration. A bad variable stops start-up with a Russian message
// that names it (users) and the raw value in the log (operators).
import { z } from "zod";
import { ConfigError } from "./errors.js";

// zod's own messages in Russian (the ones we do not write ourselves).
z.config(z.locales.ru());

const flag = z
  .string()
  .optional()
  .transform((v) => v === "1" || v?.toLowerCase() === "true");

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "ожидается адрес вида postgresql://пользователь@сервер:5432/база")
    .optional(),
  ADMIN_PASSWORD: z.string().min(4, "пароль администратора не короче 4 символов").optional(),
  DEMO: flag,
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  IMPORT_MAX_MB: z.coerce.number().positive().max(500).default(20),
  TRUST_PROXY: flag,
  /** Other origins allowed to call the API with credentials; the web client itself needs none. */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((o) => o !== "null" && /^https?:\/\/[^/\s]+$/.test(o) && new URL(o).origin === o), {
      message: "ожидается список адресов через запятую вида https://portal.example.ru (без пути и косой черты в конце)",
    }),
  /** The address users open, e.g. https://orientir.example.ru: https turns on HSTS and Secure cookies. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, message: "ожидается адрес вида https://orientir.example.ru" }).optional(),
  /** GraphiQL and introspection outside demo mode. */
  GRAPHIQL: flag,
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /** smtp://user:pass@host:587 or smtps://…; absent — mail is off, notifications stay in the app. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, message: "ожидается адрес вида smtp://пользователь:пароль@сервер:587" }).optional(),
  MAIL_FROM: z.string().min(3).default("«Ориентир» <noreply@localhost>"),
  /** Tries before a letter becomes a dead letter. */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  /** First retry of a failed letter after this many seconds, doubling each time. */
  MAIL_RETRY_SECONDS: z.coerce.number().positive().default(60),
  /** How often the outbox is looked at. */
  MAIL_POLL_SECONDS: z.coerce.number().min(0.1).default(15),
  /** Days before the deadline when heads with incomplete data are reminded. */
  REMINDER_DAYS: z
    .string()
    .default("14,7,1")
    .transform((v) => v.split(",").map((d) => Number(d.trim())))
    .refine((days) => days.length > 0 && days.every((d) => Number.isInteger(d) && d >= 0 && d <= 366), {
      message: "ожидается список чисел дней через запятую, например 14,7,1",
    }),
  REMINDERS_POLL_SECONDS: z.coerce.number().min(0.1).default(3600),
  /** The date reminders take as today (drills and tests); absent — the real date. */
  REMINDERS_TODAY: z.iso.date({ message: "ожидается дата вида 2027-01-18" }).optional(),
  MUNICIPALITY: z.string().min(1).default("Городской округ Ревда"),
  REGION: z.string().min(1).default("Свердловская область"),
});

export type Config = z.infer<typeof schema>;

const LABELS: Record<string, string> = {
  PORT: "порт сервера",
  DATA_DIR: "папка данных",
  DATABASE_URL: "адрес базы данных PostgreSQL",
  ADMIN_PASSWORD: "пароль администратора",
  LOG_LEVEL: "уровень журнала",
  SESSION_TTL_HOURS: "срок сессии в часах",
  CORS_ORIGINS: "разрешённые источники CORS",
  PUBLIC_URL: "публичный адрес сервера",
  SMTP_URL: "адрес почтового сервера",
  MAIL_FROM: "адрес отправителя писем",
  MAIL_MAX_ATTEMPTS: "число попыток отправки письма",
  MAIL_RETRY_SECONDS: "пауза перед повтором письма, с",
  MAIL_POLL_SECONDS: "период отправки писем, с",
  REMINDER_DAYS: "дни напоминаний до срока",
  REMINDERS_POLL_SECONDS: "период проверки напоминаний, с",
  REMINDERS_TODAY: "дата напоминаний",
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as shells and .env files write it.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `${name} (${LABELS[name] ?? "параметр"}): ${issue.message}; получено «${env[name] ?? ""}»`;
  });
  throw new ConfigError(`Неверные переменные окружения:\n  ${lines.join("\n  ")}`);
}
