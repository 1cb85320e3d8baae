// Staff accounts belong to one municipality or to the whole region (municipalityId null). Every
// query and mutation keeps a scoped account inside its municipality: lists are filtered, and
// anything addressed by id in another municipality is refused.
import { ForbiddenError, InputError, NotFoundError } from "../errors.js";
import type { PrismaClient, Prisma as PrismaNs } from "../generated/prisma/client.js";
import type { SessionUser } from "./actor.js";

/** The municipality a user is confined to; null — the whole region (or anonymous public reading). */
export const scopeOf = (user: SessionUser | null): number | null => user?.municipalityId ?? null;

/** A Prisma `where` fragment for models with a `municipalityId` column. */
export const municipalityFilter = (user: SessionUser | null): { municipalityId?: number } => {
  const scope = scopeOf(user);
  return scope === null ? {} : { municipalityId: scope };
};

export function assertInScope(user: SessionUser | null, municipalityId: number, what: string): void {
  const scope = scopeOf(user);
  if (scope !== null && scope !== municipalityId)
    throw new ForbiddenError(`${what} относится к другому муниципалитету: у вас нет к нему доступа.`);
}

export async function assertOrganizationInScope(prisma: PrismaClient, user: SessionUser | null, organizationId: number): Promise<void> {
  if (scopeOf(user) === null) return;
  const org = await prisma.organization.findUnique({ where: { id: organizationId }, select: { municipalityId: true } });
  if (org) assertInScope(user, org.municipalityId, "Организация");
}

export async function assertCycleInScope(prisma: PrismaClient, user: SessionUser | null, cycleId: number): Promise<void> {
  if (scopeOf(user) === null) return;
  const cycle = await prisma.cycle.findUnique({ where: { id: cycleId }, select: { municipalityId: true } });
  if (cycle) assertInScope(user, cycle.municipalityId, "Цикл мониторинга");
}

/** The municipality a new organization or cycle goes to: the one asked for, the user's own, or
 *  the only one there is. */
export async function targetMunicipality(
  prisma: PrismaClient | PrismaNs.TransactionClient,
  user: SessionUser | null,
  requested: number | null | undefined,
): Promise<number> {
  const scope = scopeOf(user);
  if (requested !== null && requested !== undefined) {
    const found = await prisma.municipality.findUnique({ where: { id: requested } });
    if (!found) throw new NotFoundError(`Муниципалитет № ${requested} не найден.`);
    assertInScope(user, found.id, "Муниципалитет");
    return found.id;
  }
  if (scope !== null) return scope;
  const all = await prisma.municipality.findMany({ select: { id: true }, take: 2, orderBy: { id: "asc" } });
  if (all.length === 1) return (all[0] as { id: number }).id;
  if (all.length === 0) throw new InputError("Сначала создайте муниципалитет.");
  throw new InputError("Выберите муниципалитет: в регионе их несколько.");
}
