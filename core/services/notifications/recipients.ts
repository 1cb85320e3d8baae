// Who is concerned by an event: the heads of organizations (their own account or the person in post
// today), the operators of a municipality, everyone working in a cycle.
import { todayInZone } from "../../domain/dates.js";
import type { Prisma } from "../../generated/prisma/client.js";

type Tx = Pick<Prisma.TransactionClient, "user" | "appointment" | "expertAssignment" | "cycle">;

/** Head accounts of these organizations: bound to the organization, or to the person in post today. */
export async function headsOf(tx: Tx, organizationIds: readonly number[], now = new Date()): Promise<Map<number, number[]>> {
  const heads = new Map<number, number[]>(organizationIds.map((id) => [id, []]));
  if (!organizationIds.length) return heads;
  const today = todayInZone(now);
  const posts = await tx.appointment.findMany({
    where: { organizationId: { in: [...organizationIds] }, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    select: { organizationId: true, leaderId: true },
  });
  const users = await tx.user.findMany({
    where: {
      role: "LEADER",
      isActive: true,
      OR: [{ leaderId: null, organizationId: { in: [...organizationIds] } }, { leaderId: { in: posts.map((p) => p.leaderId) } }],
    },
    select: { id: true, organizationId: true, leaderId: true },
  });
  for (const user of users) {
    const orgs =
      user.leaderId === null ? [user.organizationId] : posts.filter((p) => p.leaderId === user.leaderId).map((p) => p.organizationId);
    for (const org of orgs) if (org !== null) heads.get(org)?.push(user.id);
  }
  return heads;
}

export async function headIdsOf(tx: Tx, organizationIds: readonly number[], now = new Date()): Promise<number[]> {
  return [...(await headsOf(tx, organizationIds, now)).values()].flat();
}

/** Operators of the cycle's municipality and of the whole region. */
export async function operatorIdsOf(tx: Tx, municipalityId: number): Promise<number[]> {
  const users = await tx.user.findMany({
    where: { role: "OPERATOR", isActive: true, OR: [{ municipalityId: null }, { municipalityId }] },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

/** The municipality of a cycle (operators are scoped by it). */
export async function municipalityOfCycle(tx: Tx, cycleId: number): Promise<number> {
  const cycle = await tx.cycle.findUniqueOrThrow({ where: { id: cycleId }, select: { municipalityId: true } });
  return cycle.municipalityId;
}

/** Experts assigned to a unit of the cycle. */
export async function expertIdsOf(tx: Tx, cycleId: number, organizationId?: number, directionCode?: string): Promise<number[]> {
  const rows = await tx.expertAssignment.findMany({
    where: { cycleId, ...(organizationId ? { organizationId } : {}), ...(directionCode ? { directionCode } : {}) },
    select: { expertId: true },
  });
  return [...new Set(rows.map((r) => r.expertId))];
}
