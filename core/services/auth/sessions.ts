// Server-side sessions: the cookie carries a random token; the database keeps only its SHA-256,
// so a leaked database does not leak usable sessions.
import { createHash, randomBytes } from "node:crypto";
import type { SessionUser } from "../../domain/actor.js";
import { AuthenticationError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { verifyPassword } from "./passwords.js";
import { sessionUserOf } from "./session-user.js";

export const SESSION_COOKIE = "orientir_session";

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export async function userBySessionToken(prisma: PrismaClient, token: string): Promise<SessionUser | null> {
  const session = await prisma.session.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!session || session.expiresAt <= new Date() || !session.user.isActive) return null;
  return sessionUserOf(prisma, session.user);
}

/** Failed logins allowed per account and per address within the window before a pause. */
export const LOGIN_THROTTLE = { attempts: 5, windowMinutes: 15 } as const;

/** Throttling on the audit trail itself: it works across server instances and restarts. */
async function assertNotThrottled(prisma: PrismaClient, login: string, address: string | null): Promise<void> {
  const since = new Date(Date.now() - LOGIN_THROTTLE.windowMinutes * 60_000);
  const failures = await prisma.auditEvent.findMany({
    where: {
      action: "auth.login.failed",
      at: { gte: since },
      OR: [{ details: { path: ["login"], equals: login } }, ...(address ? [{ details: { path: ["address"], equals: address } }] : [])],
    },
    select: { at: true, details: true },
    orderBy: { at: "asc" },
  });
  const byLogin = failures.filter((f) => (f.details as { login?: string }).login === login);
  const byAddress = address ? failures.filter((f) => (f.details as { address?: string }).address === address) : [];
  const blocking = [byLogin, byAddress].find((list) => list.length >= LOGIN_THROTTLE.attempts);
  if (blocking) {
    const oldest = blocking[blocking.length - LOGIN_THROTTLE.attempts]?.at ?? new Date();
    const minutes = Math.max(1, Math.ceil((+oldest + LOGIN_THROTTLE.windowMinutes * 60_000 - Date.now()) / 60_000));
    throw new AuthenticationError(
      `Слишком много неудачных попыток входа. Повторите через ${minutes} мин. или обратитесь к администратору.`,
    );
  }
}

export async function login(args: {
  prisma: PrismaClient;
  login: string;
  password: string;
  ttlHours: number;
  clientAddress: string | null;
}): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
  const { prisma } = args;
  const normalizedLogin = args.login.trim().toLowerCase();
  await assertNotThrottled(prisma, normalizedLogin, args.clientAddress);
  const user = await prisma.user.findUnique({ where: { login: normalizedLogin } });
  const isValid = user?.isActive === true && (await verifyPassword(user.passwordHash, args.password));
  if (!user || !isValid) {
    await recordAudit(prisma, {
      actorId: user?.id ?? null,
      action: "auth.login.failed",
      entity: "User",
      entityId: user?.id ?? null,
      details: { login: normalizedLogin, address: args.clientAddress },
    });
    throw new AuthenticationError("Неверный логин или пароль.");
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + args.ttlHours * 3600_000);
  await prisma.session.create({ data: { tokenHash: hashToken(token), userId: user.id, expiresAt } });
  await recordAudit(prisma, {
    actorId: user.id,
    action: "auth.login",
    entity: "User",
    entityId: user.id,
    details: { address: args.clientAddress },
  });
  return {
    user: await sessionUserOf(prisma, user),
    token,
    expiresAt,
  };
}

export async function logout(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

export function sessionCookie(token: string, expiresAt: Date, isSecure: boolean): string {
  const parts = [`${SESSION_COOKIE}=${token}`, "Path=/", "HttpOnly", "SameSite=Strict", `Expires=${expiresAt.toUTCString()}`];
  if (isSecure) parts.push("Secure");
  return parts.join("; ");
}

export const clearedSessionCookie = (): string => `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
