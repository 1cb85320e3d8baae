// The ВПР import end to end — dry run, then commit, as the operator does it — of a region's ФИС ОКО
// workbook, against the physical floor of the same file in the same run: inflating the sheet and
// tokenizing its XML, building nothing.
import { PGlite } from "@electric-sql/pglite";
import { openDatabase } from "../core/db/database.js";
import type { Registry } from "../core/direction/registry.js";
import { importFile } from "../core/services/intake/import-file.js";
import { DEFAULT_LIMITS } from "../core/services/intake/read/types.js";
import { tokenizeOnly } from "../core/services/intake/read/xlsx-zip.js";
import { atLeast, atMost, type Figure, withPeakRss } from "./figures.js";
import { loadSyntheticRegion } from "./synthetic-region.js";
import { vprWorkbook } from "./vpr-workbook.js";

const LIMITS = { ...DEFAULT_LIMITS, maxBytes: 500 * 1024 * 1024, maxUnzippedBytes: 4 * 1024 * 1024 * 1024 };

export async function benchVprImport(args: {
  registry: Registry;
  rows: number;
  organizations: number;
  database: "pglite" | "postgres";
  url?: string;
  /** The workbook, generated once per run for both databases. */
  bytes?: Buffer;
}) {
  const db = args.url
    ? await openDatabase({ databaseUrl: args.url, dataDir: "" })
    : await openDatabase({ dataDir: "", pglite: new PGlite() });
  try {
    const m = await db.prisma.municipality.create({ data: { name: "Синтетический регион", region: "—" } });
    const { logins } = await loadSyntheticRegion({
      prisma: db.prisma,
      registry: args.registry,
      organizations: args.organizations,
      municipalityId: m.id,
      cycles: 0,
    });
    const bytes = args.bytes ?? (await vprWorkbook({ rows: args.rows, logins }));
    const cycle = await db.prisma.cycle.create({
      data: {
        municipalityId: m.id,
        year: 2025,
        title: "Бенчмарк",
        periodStart: new Date("2025-01-01"),
        periodEnd: new Date("2025-12-31"),
        deadline: new Date("2026-02-01"),
        status: "COLLECTING",
      },
    });
    let t0 = performance.now();
    await tokenizeOnly(bytes, "xl/worksheets/sheet1.xml");
    const floorMs = performance.now() - t0;
    const common = { prisma: db.prisma, registry: args.registry, actorId: null, cycleId: cycle.id, kind: "VPR_RESULTS" };
    let progressReports = 0;
    const { result, peakRssMb } = await withPeakRss(async () => {
      t0 = performance.now();
      const dry = await importFile({
        ...common,
        fileName: "vpr.xlsx",
        bytes,
        isDryRun: true,
        limits: LIMITS,
        onProgress: () => void progressReports++,
      });
      const dryMs = performance.now() - t0;
      t0 = performance.now();
      const done = await importFile({ ...common, fileName: "vpr.xlsx", bytes, isDryRun: false, limits: LIMITS });
      const commitMs = performance.now() - t0;
      return { dry, done, dryMs, commitMs };
    });
    const { dry, done, dryMs, commitMs } = result;
    if (dry.errors.length || done.errors.length) throw new Error(`import failed: ${JSON.stringify(dry.errors[0] ?? done.errors[0])}`);
    const totalMs = dryMs + commitMs;
    const rowsPerSecond = args.rows / (totalMs / 1000);
    const measured = {
      database: args.database,
      rows: args.rows,
      fileMb: Math.round((bytes.length / 1024 / 1024) * 10) / 10,
      floorMs: Math.round(floorMs),
      dryRunMs: Math.round(dryMs),
      commitMs: Math.round(commitMs),
      commitWriteMs: done.timings?.writeMs ?? 0,
      totalMs: Math.round(totalMs),
      rowsPerSecond: Math.round(rowsPerSecond),
      vsFloor: Math.round((totalMs / floorMs) * 100) / 100,
      peakRssMb,
      progressReports,
    };
    const figures: Figure[] = [
      atMost(`ВПР import ${args.rows} rows (dry run + commit) vs floor (unzip + tokenize)`, args.database, measured.vsFloor, "×", 3),
      atMost(`ВПР import ${args.rows} rows: peak memory`, args.database, peakRssMb, "MB", 1024),
    ];
    if (args.database === "postgres")
      figures.unshift(atLeast(`ВПР import ${args.rows} rows end to end`, args.database, rowsPerSecond, "rows/s", 50_000));
    return { measured, figures, bytes };
  } finally {
    await db.close();
  }
}
