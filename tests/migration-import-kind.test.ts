// The migration that turns the ImportKind enum into text keeps every stored batch and record kind.
import { expect, test } from "vitest";
import { applyMigrations } from "../core/db/migrations.js";
import { isPostgres } from "./helpers/db.js";
import { migrationsAround, pgliteMigrationTarget } from "./helpers/migration-target.js";

const TEXT_KINDS = "20261202032601_import_kind_as_text";

test.skipIf(isPostgres())("import kinds stored under the enum are the same text after the migration", async () => {
  const { db, target } = pgliteMigrationTarget();
  try {
    const { all, before } = migrationsAround(TEXT_KINDS);
    await applyMigrations(target, before);
    await db.exec(`
      INSERT INTO "Municipality" (id, name, region) VALUES (1, 'Округ', 'Область');
      INSERT INTO "Organization" (id, "municipalityId", "fullName", "shortName", kind, "updatedAt") VALUES (1, 1, 'Школа', 'Школа', 'SCHOOL', now());
      INSERT INTO "Cycle" (id, "municipalityId", year, title, "periodStart", "periodEnd", deadline, "updatedAt")
        VALUES (1, 1, 2025, 'Цикл', '2025-01-01', '2025-12-31', '2026-02-01', now());
      INSERT INTO "ImportBatch" (id, "cycleId", kind, scope, "fileName", "fileSha256", "fileSize", "rowsTotal", "rowsImported", "valuesChanged")
        VALUES (1, 1, 'VPR_RESULTS', 'vpr:Математика:5', 'a.xlsx', 'x', 1, 1, 1, 0),
               (2, 1, 'MONITORING_TEMPLATE', 'template:D6', 'b.xlsx', 'y', 1, 1, 1, 1);
      INSERT INTO "ImportRecord" ("batchId", "cycleId", "organizationId", kind, data) VALUES (1, 1, 1, 'VPR_RESULTS', '[]');
    `);
    expect(await applyMigrations(target, all)).toContain(TEXT_KINDS);
    const batches = await db.query<{ kind: string }>(`SELECT kind FROM "ImportBatch" ORDER BY id`);
    expect(batches.rows.map((r) => r.kind)).toEqual(["VPR_RESULTS", "MONITORING_TEMPLATE"]);
    const records = await db.query<{ kind: string }>(`SELECT kind FROM "ImportRecord"`);
    expect(records.rows).toEqual([{ kind: "VPR_RESULTS" }]);
    // Text now: a plugin's format is stored without a migration.
    await db.exec(`UPDATE "ImportBatch" SET kind = 'CLUB_ROSTER' WHERE id = 2`);
    const type = await db.query<{ data_type: string }>(
      `SELECT data_type FROM information_schema.columns WHERE table_name = 'ImportBatch' AND column_name = 'kind'`,
    );
    expect(type.rows).toEqual([{ data_type: "text" }]);
  } finally {
    await db.close();
  }
});
