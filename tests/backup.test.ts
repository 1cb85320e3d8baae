// Hardening of issue 17: `npm run backup` / `npm run restore` round-trip every table exactly, on
// PGlite and PostgreSQL; a restore refuses a non-empty database and changes nothing then.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openDatabase } from "../core/db/database.js";
import { loadDemo } from "../core/demo/load-demo.js";
import { createLogger } from "../core/logger.js";
import { createBackup, RestoreRefused, restoreBackup, tableNames, tableRows } from "../core/services/backup/backup.js";
import { createTestApp, type TestApp } from "./helpers/app.js";
import { emptyPostgresSchema, freshDatabase, isPostgres } from "./helpers/db.js";
import { runProcess } from "./helpers/process.js";

let source: TestApp;
let dir: string;
beforeAll(async () => {
  source = await createTestApp();
  await loadDemo({
    prisma: source.db.prisma,
    registry: source.registry,
    municipalityId: source.municipalityId,
    logger: createLogger("silent"),
  });
  // A document (bytea) too, the one type row_to_json writes as hex text.
  const cycle = await source.db.prisma.cycle.findFirstOrThrow();
  const organization = await source.db.prisma.organization.findFirstOrThrow();
  await source.db.prisma.$executeRawUnsafe(
    `INSERT INTO "EvidenceFile" ("cycleId", "organizationId", "elementCode", "fileName", "contentType", size, sha256, content)
     VALUES ($1, $2, NULL, 'скан.pdf', 'application/pdf', 6, $3, decode('JVBERi0AAQ==', 'base64'))`,
    cycle.id,
    organization.id,
    "0".repeat(64),
  );
  dir = mkdtempSync(path.join(tmpdir(), "orientir-backup-"));
}, 240_000);
afterAll(async () => {
  await source.close();
  rmSync(dir, { recursive: true, force: true });
});

async function everyTable(db: Parameters<typeof tableNames>[0]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of await tableNames(db)) out[table] = await tableRows(db, table);
  return out;
}

test("a backup restored into an empty database gives every table identical, and sequences continue", async () => {
  const backup = await createBackup(source.db.prisma);
  expect(backup.tables.EvidenceFile?.length).toBe(1);
  expect(Object.values(backup.tables).reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(1000);
  const target = await freshDatabase();
  try {
    await restoreBackup(target.prisma, backup);
    expect(await everyTable(target.prisma)).toEqual(await everyTable(source.db.prisma));
    // New rows get fresh ids after the restored ones.
    const created = await target.prisma.municipality.create({ data: { name: "Новый", region: "Регион" } });
    const largest = await source.db.prisma.municipality.aggregate({ _max: { id: true } });
    expect(created.id).toBeGreaterThan(largest._max.id ?? 0);
    // A second restore into the now non-empty database is refused and changes nothing.
    const before = await target.prisma.municipality.count();
    await expect(restoreBackup(target.prisma, backup)).rejects.toThrow(RestoreRefused);
    expect(await target.prisma.municipality.count()).toBe(before);
  } finally {
    await target.close();
  }
});

test("npm run backup / npm run restore through the CLI", async () => {
  const file = path.join(dir, "copy.json");
  // The CLI opens a database of its own: a PGlite data dir or a PostgreSQL schema.
  const from: Record<string, string> = isPostgres()
    ? { DATABASE_URL: source.db.url as string }
    : { DATA_DIR: path.join(dir, "from"), DATABASE_URL: "" };
  if (!isPostgres()) {
    const db = await openDatabase({ dataDir: from.DATA_DIR as string });
    await restoreBackup(db.prisma, await createBackup(source.db.prisma));
    await db.close();
  }
  const backup = await runProcess(process.execPath, ["--import", "tsx", "core/cli/backup.ts", file], from);
  expect(backup.output).toMatch(/Резервная копия .+ записана в .+: \d+ таблиц, \d+ строк\./);
  expect(backup.code).toBe(0);
  const empty = isPostgres() ? emptyPostgresSchema() : null;
  const to: Record<string, string> = empty ? { DATABASE_URL: empty.url } : { DATA_DIR: path.join(dir, "to"), DATABASE_URL: "" };
  try {
    const restore = await runProcess(process.execPath, ["--import", "tsx", "core/cli/restore.ts", file], to);
    expect(restore.output).toMatch(/^Восстановлено \d+ строк из /);
    expect(restore.code).toBe(0);
    const again = await runProcess(process.execPath, ["--import", "tsx", "core/cli/restore.ts", file], to);
    expect(again.output).toMatch(/Восстановление отменено, база не изменена: База не пустая/);
    expect(again.code).toBe(1);
    const restored = await openDatabase({ databaseUrl: to.DATABASE_URL || undefined, dataDir: to.DATA_DIR ?? "" });
    try {
      expect(await everyTable(restored.prisma)).toEqual(await everyTable(source.db.prisma));
    } finally {
      await restored.close();
    }
  } finally {
    await empty?.drop();
  }
}, 180_000);
