// The rows of a cycle's public page and open data: exactly the fields the operator chose, nothing
// else (not even as nulls of hidden columns' values — a hidden field is absent).
import type { OrgKind } from "../../direction/types.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { DirectionOutcome } from "../scoring/aggregate.js";
import type { PublicationChoice } from "./choice.js";

export interface PublicRow {
  organizationId: number;
  organizationName: string;
  kind: OrgKind;
  rank?: number | null;
  totalPercent?: number | null;
  level?: string | null;
  leaderName?: string | null;
  directions?: { code: string; percent: number | null }[];
}

export async function publicRows(args: { prisma: PrismaClient; cycleId: number; choice: PublicationChoice }): Promise<PublicRow[]> {
  const { choice } = args;
  const rows = await args.prisma.organizationResult.findMany({
    where: { cycleId: args.cycleId },
    select: {
      organizationId: true,
      rank: true,
      totalPercent: true,
      level: true,
      directions: true,
      comparisonGroup: true,
      organization: { select: { shortName: true, kind: true } },
      leader: { select: { lastName: true, firstName: true, middleName: true } },
    },
    orderBy: [
      { organization: { kind: "asc" } },
      { comparisonGroup: "asc" },
      { rank: { sort: "asc", nulls: "last" } },
      { organizationId: "asc" },
    ],
  });
  return rows.map((r) => ({
    organizationId: r.organizationId,
    organizationName: r.organization.shortName,
    kind: r.organization.kind,
    ...(choice.showTotal ? { rank: r.rank, totalPercent: r.totalPercent } : {}),
    ...(choice.showLevel ? { level: r.level } : {}),
    ...(choice.showLeaderName
      ? { leaderName: r.leader ? [r.leader.lastName, r.leader.firstName, r.leader.middleName].filter(Boolean).join(" ") : null }
      : {}),
    ...(choice.showDirections
      ? { directions: (r.directions as unknown as DirectionOutcome[]).map((d) => ({ code: d.code, percent: d.percent })) }
      : {}),
  }));
}
