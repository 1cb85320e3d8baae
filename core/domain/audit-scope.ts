// The audit trail of a municipality: a scoped account (OPERATOR, DEPARTMENT of one municipality)
// reads the events of its municipality's cycles and organizations, and the events tied to neither
// (accounts, reorganizations, logins) only when they were made by an account of the same
// municipality. Regional staff and the administrator read everything.
import type { PrismaClient, Prisma as PrismaNs } from "../generated/prisma/client.js";
import type { SessionUser } from "./actor.js";
import { scopeOf } from "./municipality-scope.js";

export async function auditEventScope(prisma: PrismaClient, user: SessionUser | null): Promise<PrismaNs.AuditEventWhereInput> {
  const scope = scopeOf(user);
  if (scope === null) return {};
  const [cycles, organizations] = await Promise.all([
    prisma.cycle.findMany({ where: { municipalityId: scope }, select: { id: true } }),
    prisma.organization.findMany({ where: { municipalityId: scope }, select: { id: true } }),
  ]);
  const cycleIds = cycles.map((c) => c.id);
  const organizationIds = organizations.map((o) => o.id);
  return {
    OR: [
      { cycleId: { in: cycleIds } },
      { cycleId: null, organizationId: { in: organizationIds } },
      { cycleId: null, organizationId: null, actor: { municipalityId: scope } },
    ],
  };
}
