// `npm run bench`: scoring a region-sized cycle on PGlite and, when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set, on PostgreSQL. Figures go to bench/results/latest.json.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { openDatabase } from "../core/db/database.js";
import { emptyPostgresSchema } from "../core/db/scratch-schema.js";
import { createRegistry } from "../core/direction/registry.js";
import { createCycle } from "../core/services/cycles/create-cycle.js";
import { scoreCycle } from "../core/services/scoring/score-cycle.js";
import { directions } from "../plugins/index.js";
import { ANALYTICS_TARGET_MS, timeAnalytics } from "./analytics.js";
import { benchVprImport } from "./import-vpr.js";
import { validate, validationTable } from "./objectivity/validation.js";
import { benchReports, REPORT_TARGET_MS } from "./reports.js";
import { loadSyntheticRegion } from "./synthetic-region.js";

const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 2000);
const registry = createRegistry(directions);

function peakRss() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024);
  };
}

async function measure(database: "pglite" | "postgres", url?: string) {
  const db = url ? await openDatabase({ databaseUrl: url, dataDir: "" }) : await openDatabase({ dataDir: "", pglite: new PGlite() });
  try {
    const municipality = await db.prisma.municipality.create({ data: { name: "Синтетический регион", region: "—" } });
    const cycle = await createCycle({ prisma: db.prisma, registry, actorId: null, input: { municipalityId: municipality.id, year: 2025 } });
    let t0 = performance.now();
    const loaded = await loadSyntheticRegion({
      prisma: db.prisma,
      registry,
      organizations: ORGANIZATIONS,
      cycleId: cycle.id,
      municipalityId: municipality.id,
    });
    const loadMs = performance.now() - t0;
    await db.prisma.cycle.update({ where: { id: cycle.id }, data: { status: "REVIEW" } });
    const stopRss = peakRss();
    t0 = performance.now();
    await scoreCycle({ prisma: db.prisma, registry, cycleId: cycle.id, actorId: null });
    const scoreMs = performance.now() - t0;
    const rssMb = stopRss();
    const scores = await db.prisma.score.count({ where: { cycleId: cycle.id } });
    const analytics = await timeAnalytics(db.prisma, cycle.id);
    return {
      database,
      organizations: loaded.organizations,
      values: loaded.values,
      scores,
      loadMs: Math.round(loadMs),
      scoreMs: Math.round(scoreMs),
      scoresPerSecond: Math.round(scores / (scoreMs / 1000)),
      peakRssMb: rssMb,
      ...analytics,
    };
  } finally {
    await db.close();
  }
}

const VPR_ROWS = Number(process.env.BENCH_VPR_ROWS ?? 100_000);
const results = [await measure("pglite")];
const imports = [await benchVprImport({ registry, rows: VPR_ROWS, database: "pglite" })];
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) {
  for (const run of ["scoring", "import"] as const) {
    const schema = emptyPostgresSchema(pgUrl);
    try {
      if (run === "scoring") results.push(await measure("postgres", schema.url));
      else imports.push(await benchVprImport({ registry, rows: VPR_ROWS, database: "postgres", url: schema.url }));
    } finally {
      await schema.drop();
    }
  }
}
const OBJECTIVITY_CLEAN = Number(process.env.BENCH_OBJECTIVITY_CLEAN ?? 1000);
const OBJECTIVITY_PLANTED = Number(process.env.BENCH_OBJECTIVITY_PLANTED ?? 200);
const objectivity = validate({ clean: OBJECTIVITY_CLEAN, planted: OBJECTIVITY_PLANTED, seed: 1, withWeaker: true });
const reports = await benchReports(ORGANIZATIONS);
const report = {
  date: new Date().toISOString(),
  node: process.version,
  scoring: {
    benchmark: "scoreCycle over a synthetic region, then analytics with rank stability (500 draws) and one what-if",
    analyticsTarget: `analytics < ${ANALYTICS_TARGET_MS} ms on PostgreSQL`,
    results,
  },
  vprImport: {
    benchmark: "ФИС ОКО workbook: dry run + commit vs raw COPY of the same rows",
    target: "commit ≤ 3 × raw COPY",
    results: imports,
  },
  reports: {
    benchmark: "documents of a synthetic-region cycle over HTTP as the operator (bench/reports.ts)",
    target: `each document < ${REPORT_TARGET_MS} ms`,
    results: reports,
  },
  objectivity: {
    benchmark: "objectivity signals on synthetic schools (bench/objectivity): % of schools with the signal raised",
    target: "clean schools: false positives ≤ 5 % per signal and for D5; planted at 60 works per grade and subject: detection ≥ 90 %",
    results: objectivity,
  },
};
writeFileSync(path.resolve(import.meta.dirname, "results/latest.json"), `${JSON.stringify(report, null, 2)}\n`);
console.table(results);
console.table(imports);
console.table(reports);
console.table(validationTable(objectivity));
