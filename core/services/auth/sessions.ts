// Server-side sessions: the cookie carries a random token; the database keeps only its SHA-256,
// so a leaked database does not leak usable sessions.
import { createHash, randomBytes } from "node:crypto";
import type { SessionUser } from "../../domain/actor.js";
import { AuthenticationError } from "../../errors.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { clearLoginFailures, reserveLoginAttempt } from "./login-throttle.js";
import { hashPassword, verifyPassword } from "./passwords.js";
import { sessionUserOf } from "./session-user.js";

export const SESSION_COOKIE = "orientir_session";

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export async function userBySessionToken(prisma: PrismaClient, token: string): Promise<SessionUser | null> {
  const session = await prisma.session.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!session || session.expiresAt <= new Date() || !session.user.isActive) return null;
  return sessionUserOf(prisma, session.user);
}

/** «45 сек.», «3 мин.»: how long to wait before the next attempt. */
function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} сек.` : `${Math.ceil(seconds / 60)} мин.`;
}

// Unknown and inactive logins are checked against this hash too, so the answer takes as long as
// for a real account and does not reveal which logins exist.
let dummyHash: Promise<string> | null = null;
const timingDummy = () => {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
};

export async function login(args: {
  prisma: PrismaClient;
  login: string;
  password: string;
  ttlHours: number;
  clientAddress: string | null;
}): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
  const { prisma } = args;
  const normalizedLogin = args.login.trim().toLowerCase();
  const reservation = await reserveLoginAttempt(prisma, normalizedLogin, args.clientAddress);
  if (!reservation.isAllowed) {
    throw new AuthenticationError(
      `Слишком много неудачных попыток входа с этого адреса. Повторите через ${waitText(reservation.waitSeconds)}`,
    );
  }
  const user = await prisma.user.findUnique({ where: { login: normalizedLogin } });
  const isKnown = user?.isActive === true;
  const isPasswordRight = await verifyPassword(isKnown ? user.passwordHash : await timingDummy(), args.password);
  const isValid = isKnown && isPasswordRight;
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
  await clearLoginFailures(prisma, normalizedLogin, args.clientAddress);
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
