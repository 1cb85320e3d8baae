// Best practices (п. 4.4): for each direction, the organizations whose heads scored highest within
// a kind, so the operator can invite them to share their experience.
import type { OrgKind, PrismaClient } from "../../generated/prisma/client.js";
import type { DirectionOutcome } from "../scoring/aggregate.js";

export interface BestPractice {
  directionCode: string;
  organizationId: number;
  leaderId: number | null;
  percent: number;
  kind: OrgKind;
}

export async function bestPractices(args: { prisma: PrismaClient; cycleId: number; kind?: OrgKind | null; top?: number }) {
  const rows = await args.prisma.organizationResult.findMany({
    where: { cycleId: args.cycleId, ...(args.kind ? { organization: { kind: args.kind } } : {}) },
    select: { organizationId: true, leaderId: true, directions: true, organization: { select: { kind: true } } },
  });
  const byDirection = new Map<string, BestPractice[]>();
  for (const row of rows) {
    for (const d of row.directions as unknown as DirectionOutcome[]) {
      if (d.percent === null) continue;
      const key = `${row.organization.kind}|${d.code}`;
      const list = byDirection.get(key) ?? [];
      byDirection.set(key, list);
      list.push({
        directionCode: d.code,
        organizationId: row.organizationId,
        leaderId: row.leaderId,
        percent: d.percent,
        kind: row.organization.kind,
      });
    }
  }
  const top = args.top ?? 3;
  const result: BestPractice[] = [];
  for (const list of byDirection.values()) {
    list.sort((a, b) => b.percent - a.percent || a.organizationId - b.organizationId);
    // Only results worth sharing: at least 75 % (a high level), ties at the cut included.
    const cut = list[top - 1]?.percent ?? 0;
    result.push(...list.filter((p, i) => p.percent >= 75 && (i < top || p.percent === cut)));
  }
  return result.sort(
    (a, b) =>
      a.kind.localeCompare(b.kind) || a.directionCode.localeCompare(b.directionCode, "en", { numeric: true }) || b.percent - a.percent,
  );
}
