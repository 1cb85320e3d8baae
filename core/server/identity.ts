// Who is asking: a read-only API token (Authorization: Bearer) or a session cookie.

import type { SessionUser } from "../domain/actor.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { userByApiToken } from "../services/auth/api-tokens.js";
import { SESSION_COOKIE, userBySessionToken } from "../services/auth/sessions.js";

export function readCookie(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return null; // a malformed cookie is no session
    }
  }
  return null;
}

export async function resolveIdentity(prisma: PrismaClient, headers: { cookie?: string | null; authorization?: string | null }) {
  const sessionToken = readCookie(headers.cookie, SESSION_COOKIE);
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? "")?.[1];
  const user: SessionUser | null = bearer
    ? await userByApiToken(prisma, bearer)
    : sessionToken
      ? await userBySessionToken(prisma, sessionToken)
      : null;
  return { user, sessionToken };
}
