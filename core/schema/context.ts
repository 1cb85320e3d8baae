// What every resolver receives.
import type { Registry } from "../direction/registry.js";
import type { SessionUser } from "../domain/actor.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";

export interface AppContext {
  prisma: PrismaClient;
  registry: Registry;
  logger: Logger;
  user: SessionUser | null;
  /** Who the audit names for this request's changes: the signed-in user's id, null when anonymous. */
  actorId: number | null;
  /** Largest accepted import file, bytes. */
  importMaxBytes: number;
  /** Demo mode: the login page lists the demo accounts. */
  isDemo: boolean;
  /** Whether notifications are mailed, and from which address (issue 16). */
  mail: { isEnabled: boolean; from: string };
  /** Session length for new logins, in hours. */
  sessionTtlHours: number;
  /** Cookies to send with the response (login and logout set them). */
  responseCookies: string[];
  /** The raw session token from the request cookie, if any. */
  sessionToken: string | null;
  /** Per-request memo for loaders that several fields share. */
  cache: Map<string, Promise<unknown>>;
  /** Client address, for the audit of logins. */
  clientAddress: string | null;
  /** The user's connection is HTTPS (directly or at the proxy): cookies are Secure. */
  isHttps: boolean;
}

/** Runs `load` once per request for `key`. */
export function memo<T>(ctx: AppContext, key: string, load: () => Promise<T>): Promise<T> {
  let hit = ctx.cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = load();
    ctx.cache.set(key, hit);
  }
  return hit;
}
