// What an empty database needs before first use: the municipality and the administrator.
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { recordAudit } from "../services/audit.js";
import { hashPassword } from "../services/auth/passwords.js";

type Db = PrismaClient | Prisma.TransactionClient;

/** Instances started together on one empty PostgreSQL would each create the municipality and the
 *  administrator (the second crashing on the unique login): the first takes this lock, the others
 *  wait for it and then find what it created. */
const BOOTSTRAP_LOCK = 742_019;

export async function ensureMunicipality(prisma: Db, name: string, region: string) {
  const existing = await prisma.municipality.findFirst({ orderBy: { id: "asc" } });
  return existing ?? prisma.municipality.create({ data: { name, region } });
}

/** Creates `admin` with ADMIN_PASSWORD, or with a generated password; returns the password it generated. */
export async function ensureAdmin(args: { prisma: Db; logger: Logger; password?: string }): Promise<string | null> {
  const { prisma } = args;
  if (await prisma.user.findUnique({ where: { login: "admin" } })) return null;
  const password = args.password ?? randomBytes(9).toString("base64url");
  const admin = await prisma.user.create({
    data: { login: "admin", role: "ADMIN", fullName: "Администратор системы", passwordHash: await hashPassword(password) },
  });
  await recordAudit(prisma, {
    actorId: null,
    action: "user.create",
    entity: "User",
    entityId: admin.id,
    details: { login: "admin", role: "ADMIN" },
  });
  args.logger.info({ login: "admin", isGenerated: !args.password }, "administrator created");
  return args.password ? null : password;
}

/** The municipality, and (outside the demo) the administrator, under one lock across instances. */
export async function bootstrapDatabase(args: {
  prisma: PrismaClient;
  logger: Logger;
  municipality: { name: string; region: string };
  admin: { password?: string } | null;
}) {
  const { municipality, generatedPassword } = await args.prisma.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${BOOTSTRAP_LOCK})::text AS locked`);
      const municipality = await ensureMunicipality(tx, args.municipality.name, args.municipality.region);
      const generatedPassword = args.admin ? await ensureAdmin({ prisma: tx, logger: args.logger, password: args.admin.password }) : null;
      return { municipality, generatedPassword };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  // Printed once, on purpose, to the console (not to the structured log) — after the commit.
  if (generatedPassword)
    process.stdout.write(
      `\nСоздан администратор: логин admin, пароль ${generatedPassword}\nСохраните пароль: он показывается один раз.\n\n`,
    );
  return municipality;
}
