// Reads what the signals of a cycle need: the committed ФИС ОКО per-student rows of the cycle's
// organizations, of the municipality and the region (journal references) and of earlier years
// of the same organizations (share of «2» dynamics).

import { decodeRecords, type PrismaClient } from "../../core/schema/plugin-kit.js";
import { vprResultsFormat } from "../achievement/formats/vpr-results.js";
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
  const organizationIds = args.organizationIds === "all" ? [...own.keys()] : args.organizationIds.filter((id) => own.has(id));
  const earlier = await worksByOrganization(
    prisma,
    earlierCycles.map((c) => c.id),
    organizationIds,
  );
  const yearOf = new Map(earlierCycles.map((c) => [c.id, c.year]));
  const refs = references(municipal, regional);
  return organizationIds.map((organizationId) => ({
    organizationId,
    signals: objectivitySignals({
      year: cycle.year,
      works: own.get(organizationId) ?? [],
      references: refs,
      earlier: [...earlier.entries()]
        .filter(([key]) => Number(key.split("|")[1]) === organizationId)
        .map(([key, works]) => ({ year: yearOf.get(Number(key.split("|")[0])) ?? 0, works })),
    }),
  }));
}
