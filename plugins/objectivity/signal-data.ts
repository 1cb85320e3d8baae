// Reads what the signals of a cycle need: the committed ФИС ОКО per-student rows of the cycle's
// organizations, of the municipality and the region (journal references) and of earlier years
// of the same organizations (share of «2» dynamics).

import { decodeRecords, type PrismaClient } from "../../core/schema/plugin-kit.js";
import { vprResultsFormat } from "../achievement/formats/vpr-results.js";
import { federalListSignals } from "./list-signals.js";
import { listsByYear } from "./list-store.js";
import { markLimitsOf } from "./mark-limits.js";
import { oneToOnePredecessors } from "./predecessors.js";
import { worksOf } from "./records.js";
import { type JournalReference, objectivitySignals, type Signal } from "./signals.js";
import { journalShares } from "./stats/journal.js";
import { byGradeAndSubject, type Work } from "./stats/works.js";

/** Earlier years read for the share of «2» dynamics (methodology §5: look at 3–5 years). */
const EARLIER_YEARS = 4;

export interface OrganizationSignals {
  organizationId: number;
  signals: Signal[];
}

async function worksByOrganization(prisma: PrismaClient, cycleIds: readonly number[], organizationIds?: readonly number[]) {
  const rows = await prisma.importRecord.findMany({
    where: {
      cycleId: { in: [...cycleIds] },
      kind: "VPR_RESULTS",
      batch: { status: "COMMITTED" },
      ...(organizationIds ? { organizationId: { in: [...organizationIds] } } : {}),
    },
    select: { cycleId: true, organizationId: true, data: true },
  });
  const works = new Map<string, Work[]>();
  for (const row of rows) {
    const key = `${row.cycleId}|${row.organizationId}`;
    const list = works.get(key) ?? [];
    works.set(key, list);
    list.push(...worksOf(decodeRecords(vprResultsFormat, row.data)));
  }
  return works;
}

function references(municipal: readonly Work[], regional: readonly Work[]): Map<string, JournalReference> {
  const map = new Map<string, JournalReference>();
  for (const g of byGradeAndSubject(regional)) map.set(`${g.grade}|${g.subject}`, { regional: journalShares(g.works) });
  for (const g of byGradeAndSubject(municipal)) {
    const key = `${g.grade}|${g.subject}`;
    map.set(key, { ...map.get(key), municipal: journalShares(g.works) });
  }
  return map;
}

/** Signals of the given organizations (all of the cycle's municipality when `organizationIds` is
 *  absent) for the cycle's year. */
export async function loadSignals(args: {
  prisma: PrismaClient;
  cycleId: number;
  organizationIds: readonly number[] | "all";
}): Promise<OrganizationSignals[]> {
  const { prisma } = args;
  const cycle = await prisma.cycle.findUniqueOrThrow({ where: { id: args.cycleId }, include: { municipality: true } });
  const sameYear = await prisma.cycle.findMany({
    where: { year: cycle.year, municipality: { region: cycle.municipality.region } },
    select: { id: true, municipalityId: true },
  });
  const earlierCycles = await prisma.cycle.findMany({
    where: { year: { lt: cycle.year, gte: cycle.year - EARLIER_YEARS }, municipality: { region: cycle.municipality.region } },
    select: { id: true, year: true },
  });
  const current = await worksByOrganization(
    prisma,
    sameYear.map((c) => c.id),
  );
  const municipalCycles = new Set(sameYear.filter((c) => c.municipalityId === cycle.municipalityId).map((c) => c.id));
  const municipal: Work[] = [];
  const regional: Work[] = [];
  const own = new Map<number, Work[]>();
  for (const [key, works] of current) {
    const [cycleId, organizationId] = key.split("|").map(Number) as [number, number];
    regional.push(...works);
    if (municipalCycles.has(cycleId)) municipal.push(...works);
    if (cycleId === cycle.id) own.set(organizationId, works);
  }
  const lists = await listsByYear(prisma, cycle.municipalityId, [cycle.year, cycle.year - 1, cycle.year - 2]);
  const listed = new Set([...lists.values()].flat().map((e) => e.organizationId));
  const organizationIds =
    args.organizationIds === "all"
      ? [...new Set([...own.keys(), ...listed])]
      : args.organizationIds.filter((id) => own.has(id) || listed.has(id));
  const predecessors = await oneToOnePredecessors(prisma, organizationIds);
  const withPredecessors = [...new Set([...organizationIds, ...[...predecessors.values()].flat()])];
  const earlier = await worksByOrganization(
    prisma,
    earlierCycles.map((c) => c.id),
    withPredecessors,
  );
  const yearOf = new Map(earlierCycles.map((c) => [c.id, c.year]));
  const refs = references(municipal, regional);
  const limits = await markLimitsOf(prisma, cycle.id);
  /** Earlier years of an organization: its own rows, or where it has none, its 1 : 1 predecessor's. */
  const earlierOf = (organizationId: number) => {
    const byYear = new Map<number, Work[]>();
    for (const id of [organizationId, ...(predecessors.get(organizationId) ?? [])]) {
      for (const [key, works] of earlier) {
        const [cycleId, owner] = key.split("|").map(Number) as [number, number];
        const year = yearOf.get(cycleId) ?? 0;
        if (owner === id && !byYear.has(year)) byYear.set(year, works);
      }
    }
    return [...byYear.entries()].map(([year, works]) => ({ year, works }));
  };
  return organizationIds.map((organizationId) => ({
    organizationId,
    signals: [
      ...federalListSignals({ year: cycle.year, organizationId, lists }),
      ...objectivitySignals({
        year: cycle.year,
        works: own.get(organizationId) ?? [],
        references: refs,
        limits,
        earlier: earlierOf(organizationId),
      }),
    ],
  }));
}
