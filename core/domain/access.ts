// Who may read and change what, beyond the role checks on GraphQL fields: a head sees their own
// organization, an expert only the directions of the organizations assigned to them, the other
// staff roles everything. Used by GraphQL resolvers and by the file downloads alike.
import type { Registry } from "../direction/registry.js";
import type { CycleStatus, PrismaClient } from "../generated/prisma/client.js";
import type { SessionUser } from "./actor.js";
import { directionElements } from "./review-coverage.js";

const PUBLIC_STATUSES: readonly CycleStatus[] = ["PUBLISHED", "ARCHIVED"];
/** Roles that read every organization's data. */
const READ_ALL: readonly string[] = ["ADMIN", "OPERATOR", "DEPARTMENT"];

export const isPublished = (status: CycleStatus): boolean => PUBLIC_STATUSES.includes(status);

/** Which elements of one organization a user may read: all, a set, or none (`null`). */
export type ElementScope = "all" | ReadonlySet<string> | null;

export const inScope = (scope: ElementScope, element: string): boolean => scope === "all" || scope?.has(element) === true;

/** The directions of each organization assigned to an expert in a cycle — never the organization
 *  the expert works in, even if they moved there after being assigned. */
export async function expertAssignments(prisma: PrismaClient, expert: SessionUser, cycleId: number): Promise<Map<number, string[]>> {
  const rows = await prisma.expertAssignment.findMany({
    where: { expertId: expert.id, cycleId, ...(expert.organizationId !== null ? { organizationId: { not: expert.organizationId } } : {}) },
    select: { organizationId: true, directionCode: true },
  });
  const byOrganization = new Map<number, string[]>();
  for (const row of rows) byOrganization.set(row.organizationId, [...(byOrganization.get(row.organizationId) ?? []), row.directionCode]);
  return byOrganization;
}

export async function elementScope(args: {
  prisma: PrismaClient;
  registry: Registry;
  user: SessionUser | null;
  cycleId: number;
  organizationId: number;
}): Promise<ElementScope> {
  const { user } = args;
  if (!user) return null;
  if (READ_ALL.includes(user.role)) return "all";
  if (user.role === "LEADER") return user.organizationId === args.organizationId ? "all" : null;
  if (user.role !== "EXPERT") return null;
  const directions = (await expertAssignments(args.prisma, user, args.cycleId)).get(args.organizationId);
  if (!directions) return null;
  const codes = new Set<string>();
  for (const code of directions) {
    const direction = args.registry.direction(code);
    if (direction) for (const element of directionElements(direction)) codes.add(element);
  }
  return codes;
}

/** The organizations whose data a user may see in a cycle: all, or a list. */
export async function visibleOrganizations(prisma: PrismaClient, user: SessionUser | null, cycleId: number): Promise<"all" | number[]> {
  if (!user) return [];
  if (READ_ALL.includes(user.role)) return "all";
  if (user.role === "LEADER") return user.organizationId ? [user.organizationId] : [];
  if (user.role === "EXPERT") return [...(await expertAssignments(prisma, user, cycleId)).keys()];
  return [];
}

/** Results of a cycle: everyone once published; before that the staff who read everything, the
 *  head of the organization, and the expert assigned to it. */
export async function canSeeResults(args: {
  prisma: PrismaClient;
  user: SessionUser | null;
  cycle: { id: number; status: CycleStatus };
  organizationId?: number;
}): Promise<boolean> {
  if (isPublished(args.cycle.status)) return true;
  const visible = await visibleOrganizations(args.prisma, args.user, args.cycle.id);
  if (visible === "all") return true;
  return args.organizationId !== undefined && visible.includes(args.organizationId);
}
