// Full recompute of a region's cycle (2 500 organizations × ~60 indicators, four more cycles in the
// database) against a hand-written SQL aggregate that reads the same values, in the same run.
import { PGlite } from "@electric-sql/pglite";
import { openDatabase } from "../core/db/database.js";
import type { Registry } from "../core/direction/registry.js";
import { scoreCycle } from "../core/services/scoring/score-cycle.js";
import { timeAnalytics } from "./analytics.js";
import { atMost, type Figure, withPeakRss } from "./figures.js";
import { loadSyntheticRegion } from "./synthetic-region.js";

const HAND_AGGREGATE = `SELECT "organizationId", count(*) AS n,
  sum(CASE WHEN value ~ '^-?[0-9]+([.][0-9]+)?$' THEN value::float8 END) AS total
  FROM "DataValue" WHERE "cycleId" = $1 GROUP BY "organizationId"`;

export async function benchScoring(args: {
  registry: Registry;
  organizations: number;
  cycles: number;
  database: "pglite" | "postgres";
  url?: string;
}) {
  const db = args.url
    ? await openDatabase({ databaseUrl: args.url, dataDir: "" })
    : await openDatabase({ dataDir: "", pglite: new PGlite() });
  try {
    const municipality = await db.prisma.municipality.create({ data: { name: "Синтетический регион", region: "—" } });
    let t0 = performance.now();
    const loaded = await loadSyntheticRegion({
      prisma: db.prisma,
      registry: args.registry,
      organizations: args.organizations,
      municipalityId: municipality.id,
      cycles: args.cycles,
    });
    const loadMs = performance.now() - t0;
    const cycleId = loaded.cycleIds.at(-1) as number;
    await db.prisma.cycle.update({ where: { id: cycleId }, data: { status: "REVIEW" } });
    const { result: scoreMs, peakRssMb } = await withPeakRss(async () => {
      const started = performance.now();
      await scoreCycle({ prisma: db.prisma, registry: args.registry, cycleId, actorId: null });
      return performance.now() - started;
    });
    t0 = performance.now();
    const aggregated = await db.prisma.$queryRawUnsafe<unknown[]>(HAND_AGGREGATE, cycleId);
    const handSqlMs = performance.now() - t0;
    const scores = await db.prisma.score.count({ where: { cycleId } });
    const analytics = await timeAnalytics(db.prisma, cycleId);
    const measured = {
      database: args.database,
      organizations: loaded.organizations,
      cycles: loaded.cycleIds.length,
      valuesInCycle: Math.round(loaded.values / Math.max(1, loaded.cycleIds.length)),
      scores,
      loadMs: Math.round(loadMs),
      scoreMs: Math.round(scoreMs),
      handSqlMs: Math.round(handSqlMs),
      handSqlRows: aggregated.length,
      vsHandSql: Math.round((scoreMs / handSqlMs) * 10) / 10,
      peakRssMb,
      ...analytics,
    };
    const figures: Figure[] = [
      atMost(`full recompute, ${loaded.organizations} organizations`, args.database, scoreMs / 1000, "s", 5),
      atMost("full recompute vs hand-written SQL aggregate of the same values", args.database, measured.vsHandSql, "×", 3),
    ];
    return { measured, figures };
  } finally {
    await db.close();
  }
}
