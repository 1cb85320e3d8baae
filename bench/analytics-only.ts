// `npx tsx bench/analytics-only.ts`: the analytics figure alone on PostgreSQL (BENCH_DATABASE_URL or
// TEST_DATABASE_URL), without the rest of `npm run bench`.
import { openDatabase } from "../core/db/database.js";
import { emptyPostgresSchema } from "../core/db/scratch-schema.js";
import { createRegistry } from "../core/direction/registry.js";
import { scoreCycle } from "../core/services/scoring/score-cycle.js";
import { directions } from "../plugins/index.js";
import { timeAnalytics } from "./analytics.js";
import { loadSyntheticRegion } from "./synthetic-region.js";

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!url) throw new Error("BENCH_DATABASE_URL or TEST_DATABASE_URL is required");
const registry = createRegistry(directions);
const schema = emptyPostgresSchema(url);
const db = await openDatabase({ databaseUrl: schema.url, dataDir: "" });
try {
  const municipality = await db.prisma.municipality.create({ data: { name: "Синтетический регион", region: "—" } });
  const { cycleIds } = await loadSyntheticRegion({
    prisma: db.prisma,
    registry,
    organizations: Number(process.env.BENCH_ORGANIZATIONS ?? 2000),
    municipalityId: municipality.id,
    cycles: 1,
  });
  const cycle = { id: cycleIds[0] as number };
  await db.prisma.cycle.update({ where: { id: cycle.id }, data: { status: "REVIEW" } });
  const t0 = performance.now();
  await scoreCycle({ prisma: db.prisma, registry, cycleId: cycle.id, actorId: null });
  console.log({ scoreMs: Math.round(performance.now() - t0), recommendations: await db.prisma.recommendation.count() });
  for (let i = 0; i < 2; i++) console.log(await timeAnalytics(db.prisma, cycle.id));
} finally {
  await db.close();
  await schema.drop();
}
