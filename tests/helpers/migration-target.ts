// An in-memory PGlite as a migration target, for tests of one migration's effect on data: apply the
// migrations before it, insert the old shape, apply the rest, read the new shape.
import { PGlite } from "@electric-sql/pglite";
import { type MigrationTarget, readMigrations } from "../../core/db/migrations.js";

export function pgliteMigrationTarget(): { db: PGlite; target: MigrationTarget } {
  const db = new PGlite();
  const target: MigrationTarget = {
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    applyInTransaction: async (script, record) => {
      await db.transaction(async (tx) => {
        await tx.exec(script);
        await tx.query(record.sql, record.params);
      });
    },
  };
  return { db, target };
}

/** All migrations, and those that come before `name` (which must exist). */
export function migrationsAround(name: string) {
  const all = readMigrations();
  if (!all.some((m) => m.name === name)) throw new Error(`no migration ${name}`);
  return { all, before: all.filter((m) => m.name < name) };
}
