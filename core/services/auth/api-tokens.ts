// Read-only API tokens for external reporting tools: shown once, stored as SHA-256, revocable,
// with the time of last use.
import { randomBytes } from "node:crypto";
import type { SessionUser } from "../../domain/actor.js";
import { AuthenticationError, InputError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { hashToken } from "./sessions.js";

const PREFIX = "ort_";

export async function createApiToken(args: { prisma: PrismaClient; actorId: number; name: string }): Promise<string> {
  const name = args.name.trim();
  if (name.length < 2 || name.length > 100) throw new InputError("Название токена — от 2 до 100 символов.");
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const created = await args.prisma.apiToken.create({ data: { name, tokenHash: hashToken(token), createdById: args.actorId } });
  await recordAudit(args.prisma, {
    actorId: args.actorId,
    action: "apiToken.create",
    entity: "ApiToken",
    entityId: created.id,
    details: { name },
  });
  return token;
}

export async function revokeApiToken(args: { prisma: PrismaClient; actorId: number; id: number }): Promise<void> {
  const token = await args.prisma.apiToken.findUnique({ where: { id: args.id } });
  if (!token) throw new InputError(`API-токен № ${args.id} не найден.`);
  if (token.revokedAt) return;
  await args.prisma.apiToken.update({ where: { id: args.id }, data: { revokedAt: new Date() } });
  await recordAudit(args.prisma, {
    actorId: args.actorId,
    action: "apiToken.revoke",
    entity: "ApiToken",
    entityId: args.id,
    details: { name: token.name },
  });
}

/** The read-only identity a bearer token stands for; throws for unknown or revoked tokens. */
export async function userByApiToken(prisma: PrismaClient, token: string): Promise<SessionUser> {
  const found = await prisma.apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!found) throw new AuthenticationError("Неизвестный API-токен.");
  if (found.revokedAt) throw new AuthenticationError("API-токен отозван.");
  await prisma.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  return {
    id: found.createdById,
    login: `token:${found.name}`,
    role: "DEPARTMENT",
    fullName: `API-токен «${found.name}»`,
    organizationId: null,
    isReadOnly: true,
  };
}
