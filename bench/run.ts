// `npm run bench`: the region-scale figures of issue 15 on PGlite and, when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set, on PostgreSQL — each printed with its target and ratio, misses as
// misses — and the objectivity signals' validation. Everything goes to bench/results/latest.json.
// Sizes: BENCH_ORGANIZATIONS (2 500), BENCH_CYCLES (5), BENCH_VPR_ROWS (1 000 000); develop with less.
// BENCH_RESULTS names the output file under bench/results (default latest.json).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { emptyPostgresSchema } from "../core/db/scratch-schema.js";
import { createRegistry } from "../core/direction/registry.js";
import { directions } from "../plugins/index.js";
import { ANALYTICS_TARGET_MS } from "./analytics.js";
import type { Figure } from "./figures.js";
import { benchHttpLoad } from "./http-load.js";
import { benchVprImport } from "./import-vpr.js";
import { validate, validationTable } from "./objectivity/validation.js";
import { benchReports, REPORT_TARGET_MS } from "./reports.js";
import { benchScoring } from "./scoring.js";
import { REGION } from "./synthetic-region.js";
import { benchWebFirstLoad } from "./web-first-load.js";

const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? REGION.organizations);
const CYCLES = Number(process.env.BENCH_CYCLES ?? REGION.cycles);
const VPR_ROWS = Number(process.env.BENCH_VPR_ROWS ?? REGION.vprRows);
const registry = createRegistry(directions);
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

// BENCH_DATABASES=postgres (or pglite) runs one of them: the 1 000 000-row run takes long on a shared machine.
const only = process.env.BENCH_DATABASES;
const databases: { database: "pglite" | "postgres"; url?: string }[] = [];
if (!only || only === "pglite") databases.push({ database: "pglite" });
if (pgUrl && (!only || only === "postgres")) databases.push({ database: "postgres", url: pgUrl });

async function onDatabase<T>(target: (typeof databases)[number], run: (url?: string) => Promise<T>): Promise<T> {
  if (!target.url) return run();
  const schema = emptyPostgresSchema(target.url);
  try {
    return await run(schema.url);
  } finally {
    await schema.drop();
  }
}

const figures: Figure[] = [];
const scoring: Awaited<ReturnType<typeof benchScoring>>["measured"][] = [];
const imports: Awaited<ReturnType<typeof benchVprImport>>["measured"][] = [];

/** Rewritten after each step: a long run that is stopped later still leaves what it measured. */
function writeReport(
  objectivity?: ReturnType<typeof validate>,
  webFirstLoad?: Awaited<ReturnType<typeof benchWebFirstLoad>>["measured"],
  reports?: Awaited<ReturnType<typeof benchReports>>,
) {
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    complete: objectivity !== undefined,
    sizes: { organizations: ORGANIZATIONS, cycles: CYCLES, vprRows: VPR_ROWS },
    figures,
    scoring: {
      benchmark: "scoreCycle over the synthetic region's last cycle vs a hand-written SQL aggregate; then analytics",
      analyticsTarget: `analytics < ${ANALYTICS_TARGET_MS} ms on PostgreSQL`,
      results: scoring,
    },
    vprImport: {
      benchmark: "ФИС ОКО workbook: dry run + commit vs the floor «unzip + tokenize the sheet XML» of the same file",
      results: imports,
    },
    objectivity: objectivity && {
      benchmark: "objectivity signals on synthetic schools (bench/objectivity): % of schools with the signal raised",
      target: "clean schools: false positives ≤ 5 % per signal and for D5; planted at 60 works per grade and subject: detection ≥ 90 %",
      results: objectivity,
    },
    reports: reports && {
      benchmark: "documents of a synthetic-region cycle over HTTP as the operator (bench/reports.ts)",
      target: `each document < ${REPORT_TARGET_MS} ms`,
      results: reports,
    },
    webFirstLoad: webFirstLoad && {
      benchmark: "anonymous first visit of the web client (Chromium, cold cache, localhost, demo): the rating table visible",
      target: "first-load JS on the wire ≤ 250 KB; the rating table visible ≤ 1.0 s",
      results: webFirstLoad,
    },
  };
  writeFileSync(
    path.resolve(import.meta.dirname, "results", process.env.BENCH_RESULTS ?? "latest.json"),
    `${JSON.stringify(report, null, 2)}\n`,
  );
}

let bytes: Buffer | undefined;
for (const target of databases) {
  const s = await onDatabase(target, (url) =>
    benchScoring({ registry, organizations: ORGANIZATIONS, cycles: CYCLES, database: target.database, url }),
  );
  scoring.push(s.measured);
  figures.push(...s.figures);
  writeReport();
  const i = await onDatabase(target, (url) =>
    benchVprImport({ registry, rows: VPR_ROWS, organizations: ORGANIZATIONS, database: target.database, url, bytes }),
  );
  bytes = i.bytes;
  imports.push(i.measured);
  figures.push(...i.figures);
  writeReport();
}
// Concurrent readers: on PostgreSQL when it is configured (the target is stated for it), else PGlite.
const loadTarget = databases.find((d) => d.database === "postgres") ?? databases[0];
if (loadTarget) {
  const load = await onDatabase(loadTarget, (url) => benchHttpLoad({ organizations: ORGANIZATIONS, database: loadTarget.database, url }));
  figures.push(...load.figures);
  console.table([load.measured]);
  writeReport();
}
const webFirstLoad = await benchWebFirstLoad();
figures.push(...webFirstLoad.figures);
const OBJECTIVITY_CLEAN = Number(process.env.BENCH_OBJECTIVITY_CLEAN ?? 1000);
const OBJECTIVITY_PLANTED = Number(process.env.BENCH_OBJECTIVITY_PLANTED ?? 200);
const objectivity = validate({ clean: OBJECTIVITY_CLEAN, planted: OBJECTIVITY_PLANTED, seed: 1, withWeaker: true });
writeReport(objectivity, webFirstLoad.measured);
const reports = await benchReports(Math.min(ORGANIZATIONS, 2000));
writeReport(objectivity, webFirstLoad.measured, reports);
console.table(scoring);
console.table(imports);
console.table(figures.map((f) => ({ ...f, met: f.met ? "yes" : "MISS" })));
console.table(validationTable(objectivity));
console.table([webFirstLoad.measured]);
console.table(reports);
