// Import of a 100 000-row ФИС ОКО workbook (dry run + commit) against a raw COPY of the same rows
// into the same database, on PGlite and PostgreSQL.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openDatabase } from "../core/db/database.js";
import { poolConfigFromUrl } from "../core/db/pg-adapter.js";
import type { Registry } from "../core/direction/registry.js";
import { importFile } from "../core/services/intake/import-file.js";
import { readTable } from "../core/services/intake/read/read-table.js";
import { DEFAULT_LIMITS } from "../core/services/intake/read/types.js";
import { vprWorkbook } from "./vpr-workbook.js";

const LOGINS = Array.from({ length: 40 }, (_, i) => `edu66${String(1000 + i)}`);
const LIMITS = { ...DEFAULT_LIMITS, maxBytes: 500 * 1024 * 1024, maxUnzippedBytes: 2 * 1024 * 1024 * 1024 };

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

async function copyCsv(rows: unknown[][]): Promise<string> {
  const file = path.join(tmpdir(), `orientir-copy-${process.pid}.csv`);
  writeFileSync(file, rows.map((r) => r.map((c) => `"${String(c ?? "").replaceAll('"', '""')}"`).join(",")).join("\n"));
  return file;
}

export async function benchVprImport(args: { registry: Registry; rows: number; database: "pglite" | "postgres"; url?: string }) {
  const bytes = await vprWorkbook({ rows: args.rows, logins: LOGINS });
  const db = args.url
    ? await openDatabase({ databaseUrl: args.url, dataDir: "" })
    : await openDatabase({ dataDir: "", pglite: new PGlite() });
  try {
    const m = await db.prisma.municipality.create({ data: { name: "Бенчмарк", region: "—" } });
    await db.prisma.organization.createMany({
      data: LOGINS.map((login, i) => ({
        municipalityId: m.id,
        fullName: `ОО ${login}`,
        shortName: `ОО ${i}`,
        kind: "SCHOOL" as const,
        fisOkoLogin: login,
      })),
    });
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
    const stopRss = peakRss();
    let t0 = performance.now();
    const dry = await importFile({
      prisma: db.prisma,
      registry: args.registry,
      actorId: null,
      cycleId: cycle.id,
      kind: "VPR_RESULTS",
      fileName: "vpr.xlsx",
      bytes,
      isDryRun: true,
      limits: LIMITS,
    });
    const dryMs = performance.now() - t0;
    t0 = performance.now();
    const done = await importFile({
      prisma: db.prisma,
      registry: args.registry,
      actorId: null,
      cycleId: cycle.id,
      kind: "VPR_RESULTS",
      fileName: "vpr.xlsx",
      bytes,
      isDryRun: false,
      limits: LIMITS,
    });
    const commitMs = performance.now() - t0;
    const rssMb = stopRss();
    if (dry.errors.length || done.errors.length) throw new Error(`import failed: ${JSON.stringify(dry.errors[0] ?? done.errors[0])}`);
    // Raw COPY of the same rows (as read from the workbook) into a plain table of the same database.
    const { table } = await readTable({ fileName: "vpr.xlsx", bytes, limits: LIMITS });
    const rows = (table.sheets[0]?.rows ?? []).slice(5);
    const file = await copyCsv(rows);
    const columns = Array.from({ length: rows[0]?.length ?? 0 }, (_, i) => `c${i} text`).join(", ");
    let copyMs: number;
    if (args.url) {
      const client = new pg.Client(poolConfigFromUrl(args.url).pool);
      await client.connect();
      await client.query(`CREATE TEMP TABLE raw_copy (${columns})`);
      t0 = performance.now();
      await client.query(`COPY raw_copy FROM '${file}' WITH (FORMAT csv)`);
      copyMs = performance.now() - t0;
      await client.end();
    } else {
      const lite = new PGlite();
      await lite.exec(`CREATE TABLE raw_copy (${columns})`);
      const blob = new Blob([await (await import("node:fs/promises")).readFile(file)]);
      t0 = performance.now();
      await lite.query("COPY raw_copy FROM '/dev/blob' WITH (FORMAT csv)", [], { blob });
      copyMs = performance.now() - t0;
      await lite.close();
    }
    return {
      database: args.database,
      rows: args.rows,
      fileMb: Math.round((bytes.length / 1024 / 1024) * 10) / 10,
      dryRunMs: Math.round(dryMs),
      commitMs: Math.round(commitMs),
      commitReadMs: done.timings?.readMs ?? 0,
      commitWriteMs: done.timings?.writeMs ?? 0,
      rowsPerSecond: Math.round(args.rows / (commitMs / 1000)),
      rawCopyMs: Math.round(copyMs),
      commitVsCopy: Math.round((commitMs / copyMs) * 10) / 10,
      writeVsCopy: Math.round(((done.timings?.writeMs ?? 0) / copyMs) * 10) / 10,
      peakRssMb: rssMb,
    };
  } finally {
    await db.close();
  }
}
