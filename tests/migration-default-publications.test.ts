// Cycles published before publications existed keep their public results: the migration gives them
// the default choice (no heads' names); unpublished cycles and existing choices are left alone.
import { expect, test } from "vitest";
import { applyMigrations } from "../core/db/migrations.js";
import { isPostgres } from "./helpers/db.js";
import { migrationsAround, pgliteMigrationTarget } from "./helpers/migration-target.js";

const DEFAULTS = "20261202141500_default_publications";

test.skipIf(isPostgres())("published and archived cycles get the default publication; others are untouched", async () => {
  const { db, target } = pgliteMigrationTarget();
  try {
    const { all, before } = migrationsAround(DEFAULTS);
    await applyMigrations(target, before);
    await db.exec(`
      INSERT INTO "Municipality" (id, name, region) VALUES (1, 'Округ', 'Область');
      INSERT INTO "Cycle" (id, "municipalityId", year, title, "periodStart", "periodEnd", deadline, status, "publishedAt", "updatedAt") VALUES
        (1, 1, 2022, 'Архив', '2022-01-01', '2022-12-31', '2023-02-01', 'ARCHIVED', '2023-02-10', now()),
        (2, 1, 2023, 'Опубликован', '2023-01-01', '2023-12-31', '2024-02-01', 'PUBLISHED', '2024-02-10', now()),
        (3, 1, 2024, 'С выбором', '2024-01-01', '2024-12-31', '2025-02-01', 'PUBLISHED', '2025-02-10', now()),
        (4, 1, 2025, 'Оценён', '2025-01-01', '2025-12-31', '2026-02-01', 'SCORED', NULL, now());
      INSERT INTO "Publication" ("cycleId", "showLevel", "showTotal", "showDirections", "showLeaderName", "showAnalyticalReport")
        VALUES (3, true, false, false, true, false);
    `);
    expect(await applyMigrations(target, all)).toContain(DEFAULTS);
    const rows = await db.query<{ cycleId: number; showTotal: boolean; showLeaderName: boolean; publishedAt: Date }>(
      `SELECT "cycleId", "showTotal", "showLeaderName", "publishedAt" FROM "Publication" ORDER BY "cycleId"`,
    );
    expect(rows.rows.map((r) => [r.cycleId, r.showTotal, r.showLeaderName])).toEqual([
      [1, true, false],
      [2, true, false],
      [3, false, true],
    ]);
    expect(rows.rows[0]?.publishedAt.toISOString()).toBe("2023-02-10T00:00:00.000Z");
  } finally {
    await db.close();
  }
});
