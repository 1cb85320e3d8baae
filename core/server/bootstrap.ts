// What an empty database needs before first use: the municipality and the administrator.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { recordAudit } from "../services/audit.js";
import { hashPassword } from "../services/auth/passwords.js";

export async function ensureMunicipality(prisma: PrismaClient, name: string, region: string) {
  const existing = await prisma.municipality.findFirst({ orderBy: { id: "asc" } });
  return existing ?? prisma.municipality.create({ data: { name, region } });
}

/** Creates `admin` with ADMIN_PASSWORD, or with a generated password printed once. */
export async function ensureAdmin(args: { prisma: PrismaClient; logger: Logger; password?: string }): Promise<void> {
  const { prisma } = args;
  if (await prisma.user.findUnique({ where: { login: "admin" } })) return;
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
  if (!args.password) {
    // Printed once, on purpose, to the console (not to the structured log).
    process.stdout.write(`\nСоздан администратор: логин admin, пароль ${password}\nСохраните пароль: он показывается один раз.\n\n`);
  }
  args.logger.info({ login: "admin", isGenerated: !args.password }, "administrator created");
}
