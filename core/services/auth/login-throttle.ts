// Progressive delays for failed logins (OWASP ASVS 2.2.1), never a hard lock: each account +
// address pair gets a few free attempts, then every further one must wait twice as long as the
// one before (up to 15 minutes); one address trying many accounts is slowed the same way with a
// larger allowance. The correct password from another address is never refused because someone
// else guessed wrong. Every attempt is reserved atomically in SQL before the password is checked,
// so parallel tries cannot slip past the count.
import type { PrismaClient } from "../../generated/prisma/client.js";

export const LOGIN_THROTTLE = {
  /** Free attempts per account from one address within the window. */
  pairAttempts: 5,
  /** Free attempts from one address, all accounts together. */
  addressAttempts: 30,
  /** A quiet window after which counting starts again. */
  windowMinutes: 15,
  /** The longest delay between attempts. */
  maxDelaySeconds: 900,
} as const;

type Db = Pick<PrismaClient, "$queryRawUnsafe">;

/** Seconds the attempt after `failures` failures must wait after the previous one. */
export function delaySeconds(failures: number, freeAttempts: number): number {
  if (failures < freeAttempts) return 0;
  return Math.min(LOGIN_THROTTLE.maxDelaySeconds, 2 ** (failures - freeAttempts + 1));
}

// One statement: start a row, restart a stale one, or count one more attempt — but only when the
// delay earned by the failures so far has passed. No row back means: wait.
const RESERVE = `
INSERT INTO "LoginThrottle" ("key", "failures", "lastAttemptAt") VALUES ($1, 1, now())
ON CONFLICT ("key") DO UPDATE SET
  "failures" = CASE WHEN "LoginThrottle"."lastAttemptAt" < now() - make_interval(mins => $3) THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
  "lastAttemptAt" = now()
WHERE "LoginThrottle"."lastAttemptAt" < now() - make_interval(mins => $3)
   OR "LoginThrottle"."failures" < $2
   OR "LoginThrottle"."lastAttemptAt" <= now() - make_interval(secs => LEAST($4::int, power(2, "LoginThrottle"."failures" - $2 + 1)::int))
RETURNING "failures"`;

const WAIT = `
SELECT GREATEST(1, CEIL(EXTRACT(EPOCH FROM ("lastAttemptAt" + make_interval(secs => LEAST($3::int, power(2, "failures" - $2 + 1)::int)) - now()))))::int AS seconds
FROM "LoginThrottle" WHERE "key" = $1`;

const keys = (login: string, address: string | null) => {
  const where = address ?? "unknown";
  return [
    { key: `pair:${login}|${where}`, free: LOGIN_THROTTLE.pairAttempts },
    { key: `address:${where}`, free: LOGIN_THROTTLE.addressAttempts },
  ];
};

/** Reserves one attempt for the pair and the address; the seconds to wait when it is too early. */
export async function reserveLoginAttempt(
  prisma: PrismaClient,
  login: string,
  address: string | null,
): Promise<{ isAllowed: true } | { isAllowed: false; waitSeconds: number }> {
  for (const { key, free } of keys(login, address)) {
    const reserved = await (prisma as Db).$queryRawUnsafe<{ failures: number }[]>(
      RESERVE,
      key,
      free,
      LOGIN_THROTTLE.windowMinutes,
      LOGIN_THROTTLE.maxDelaySeconds,
    );
    if (reserved.length === 0) {
      const [wait] = await (prisma as Db).$queryRawUnsafe<{ seconds: number }[]>(WAIT, key, free, LOGIN_THROTTLE.maxDelaySeconds);
      return { isAllowed: false, waitSeconds: Number(wait?.seconds ?? 1) };
    }
  }
  return { isAllowed: true };
}

/** A successful login clears the pair's count and gives the address its reserved attempt back. */
export async function clearLoginFailures(prisma: PrismaClient, login: string, address: string | null): Promise<void> {
  const [pair, byAddress] = keys(login, address);
  await prisma.loginThrottle.deleteMany({ where: { key: pair?.key } });
  await prisma.loginThrottle.updateMany({ where: { key: byAddress?.key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}
