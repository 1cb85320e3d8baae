// Killing the process in the middle of a commit leaves no partial batch: after every kill the
// database holds either the whole batch (records and derived values) or nothing of it.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { vprWorkbook } from "../bench/vpr-workbook.js";
import { type Database, openDatabase } from "../core/db/database.js";
import { decodeRecords } from "../core/services/intake/record-codec.js";
import { vprResultsFormat } from "../plugins/achievement/formats/vpr-results.js";
import { emptyPostgresSchema, isPostgres } from "./helpers/db.js";
import { ROOT } from "./helpers/process.js";

const ROWS = 6000;
const LOGINS = ["edu660001", "edu660002", "edu660025"];
let dir: string;
let file: string;
let env: Record<string, string>;
let dropSchema: (() => Promise<void>) | undefined;
let cycleId: number;

const open = (): Promise<Database> => openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: dir });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "orientir-crash-"));
  file = path.join(dir, "vpr.xlsx");
  writeFileSync(file, await vprWorkbook({ rows: ROWS, logins: LOGINS }));
  if (isPostgres()) {
    const schema = emptyPostgresSchema();
    env = { DATABASE_URL: schema.url };
    dropSchema = schema.drop;
  } else env = { DATABASE_URL: "", DATA_DIR: dir };
  const db = await open();
  const m = await db.prisma.municipality.create({ data: { name: "ГО", region: "—" } });
  await db.prisma.organization.createMany({
    data: LOGINS.map((login, i) => ({
      municipalityId: m.id,
      fullName: `Школа ${i}`,
      shortName: `Школа ${i}`,
      kind: "SCHOOL" as const,
      fisOkoLogin: login,
    })),
  });
  cycleId = (
    await db.prisma.cycle.create({
      data: {
        municipalityId: m.id,
        year: 2025,
        title: "Ц",
        periodStart: new Date("2025-01-01"),
        periodEnd: new Date("2025-12-31"),
        deadline: new Date("2026-02-01"),
        status: "COLLECTING",
      },
    })
  ).id;
  await db.close();
}, 120_000);

afterAll(async () => {
  await dropSchema?.();
  rmSync(dir, { recursive: true, force: true });
});

function runChild(): { child: ChildProcess; started: Promise<number>; exited: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/import-child.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...env, IMPORT_FILE: file, CYCLE_ID: String(cycleId) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const started = new Promise<number>((resolve) => {
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      if (output.includes("committing")) resolve(performance.now());
    });
  });
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, started, exited, output: () => output };
}

async function state() {
  const db = await open();
  try {
    return {
      batches: await db.prisma.importBatch.count(),
      records: (await db.prisma.importRecord.findMany({ select: { data: true } })).reduce(
        (n, r) => n + decodeRecords(vprResultsFormat, r.data).length,
        0,
      ),
      values: await db.prisma.dataValue.count({ where: { cycleId } }),
    };
  } finally {
    await db.close();
  }
}

test("all or nothing under SIGKILL at several points of the commit", async () => {
  // A full run first tells how long a commit takes and what a whole batch looks like.
  const full = runChild();
  const t0 = await full.started;
  expect(await full.exited, full.output()).toBe(0);
  const duration = performance.now() - t0;
  const whole = await state();
  expect(whole.batches).toBe(1);
  expect(whole.records).toBe(ROWS);
  // Start clean again: undo is itself a transaction; here we simply remove the batch.
  const db = await open();
  await db.prisma.dataValue.deleteMany({});
  await db.prisma.importBatch.deleteMany({});
  await db.close();

  let killedMidway = 0;
  for (const fraction of [0.35, 0.6, 0.8, 0.95]) {
    const run = runChild();
    await run.started;
    await new Promise((r) => setTimeout(r, duration * fraction));
    const wasRunning = run.child.exitCode === null;
    run.child.kill("SIGKILL");
    await run.exited;
    if (wasRunning) killedMidway++;
    const after = await state();
    const isNothing = after.batches === 0 && after.records === 0 && after.values === 0;
    const isWhole = after.batches === 1 && after.records === ROWS && after.values === whole.values;
    expect(isNothing || isWhole, JSON.stringify(after)).toBe(true);
    if (isWhole) {
      const clean = await open();
      await clean.prisma.dataValue.deleteMany({});
      await clean.prisma.importBatch.deleteMany({});
      await clean.close();
    }
  }
  expect(killedMidway).toBeGreaterThan(0);
}, 300_000);
