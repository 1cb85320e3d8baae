// A backup is every table of the current schema as JSON rows, read and written by PostgreSQL itself
// (row_to_json / json_populate_recordset), so enums, JSON, timestamps and bytea keep their exact text
// form on PGlite and PostgreSQL alike. A restore goes into an empty database migrated to the same
// migrations, in one transaction: all or nothing.
import type { PrismaClient } from "../../generated/prisma/client.js";

export const BACKUP_FORMAT = "orientir-backup";

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  /** Applied migrations of the source: the target must have the same ones. */
  migrations: string[];
  tables: Record<string, unknown[]>;
}

type Db = Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe" | "$transaction">;

const MIGRATIONS_TABLE = "_prisma_migrations";
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The application's tables in the current schema (not Prisma's bookkeeping). */
export async function tableNames(db: Pick<PrismaClient, "$queryRawUnsafe">): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> $1 ORDER BY table_name`,
    MIGRATIONS_TABLE,
  );
  return rows.map((r) => r.name);
}

async function appliedMigrations(db: Pick<PrismaClient, "$queryRawUnsafe">): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT migration_name AS name FROM ${quote(MIGRATIONS_TABLE)} WHERE finished_at IS NOT NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

/** Every row of `table` as PostgreSQL's JSON, in a stable order (by every column). */
export async function tableRows(db: Pick<PrismaClient, "$queryRawUnsafe">, table: string): Promise<unknown[]> {
  const [row] = await db.$queryRawUnsafe<{ rows: string | null }[]>(
    `SELECT (SELECT json_agg(row_to_json(t) ORDER BY row_to_json(t)::text) FROM ${quote(table)} t)::text AS rows`,
  );
  return row?.rows ? (JSON.parse(row.rows) as unknown[]) : [];
}

export async function createBackup(db: Db): Promise<Backup> {
  // One snapshot of all tables: a repeatable-read transaction on PostgreSQL (PGlite has one connection).
  return db.$transaction(
    async (tx) => {
      const tables: Record<string, unknown[]> = {};
      for (const table of await tableNames(tx)) tables[table] = await tableRows(tx, table);
      return { format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), migrations: await appliedMigrations(tx), tables };
    },
    { isolationLevel: "RepeatableRead", timeout: 600_000, maxWait: 60_000 },
  );
}

export class RestoreRefused extends Error {}

export async function restoreBackup(db: Db, backup: Backup): Promise<{ rows: number }> {
  if (backup.format !== BACKUP_FORMAT || backup.version !== 1) throw new RestoreRefused("Файл не является резервной копией «Ориентира».");
  const migrations = await appliedMigrations(db);
  if (migrations.join("\n") !== backup.migrations.join("\n")) {
    throw new RestoreRefused(
      `Версия базы не совпадает с копией: в копии ${backup.migrations.length} миграций (последняя ${backup.migrations.at(-1) ?? "—"}), в базе ${migrations.length} (последняя ${migrations.at(-1) ?? "—"}). Восстанавливайте копию той же версией «Ориентира».`,
    );
  }
  const tables = await tableNames(db);
  const unknown = Object.keys(backup.tables).filter((name) => !tables.includes(name));
  if (unknown.length) throw new RestoreRefused(`В копии есть таблицы, которых нет в базе: ${unknown.join(", ")}.`);
  for (const table of tables) {
    const [count] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${quote(table)}`);
    if (Number(count?.n) > 0) throw new RestoreRefused(`База не пустая (таблица ${table}): восстанавливать можно только в новую базу.`);
  }
  return db.$transaction(
    async (tx) => {
      let rows = 0;
      // Foreign keys are checked at the end of each statement, so one INSERT per table needs only
      // the tables it references to be filled first.
      for (const table of await insertionOrder(tx, tables)) {
        const data = backup.tables[table] ?? [];
        if (!data.length) continue;
        await tx.$executeRawUnsafe(
          `INSERT INTO ${quote(table)} SELECT * FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`,
          JSON.stringify(data),
        );
        rows += data.length;
      }
      await resetSequences(tx);
      return { rows };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}

/** Tables ordered so that every referenced table comes before the tables referencing it. */
async function insertionOrder(db: Pick<PrismaClient, "$queryRawUnsafe">, tables: string[]): Promise<string[]> {
  const edges = await db.$queryRawUnsafe<{ child: string; parent: string }[]>(
    `SELECT DISTINCT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.relname <> p.relname`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const edge of edges) if (edge.child === table) visit(edge.parent);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

async function resetSequences(db: Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe">): Promise<void> {
  const serials = await db.$queryRawUnsafe<{ table: string; column: string; sequence: string }[]>(
    `SELECT c.table_name AS table, c.column_name AS column, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS sequence
     FROM information_schema.columns c
     WHERE c.table_schema = current_schema() AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL`,
  );
  for (const s of serials) {
    await db.$queryRawUnsafe(
      `SELECT setval($1, COALESCE((SELECT max(${quote(s.column)}) FROM ${quote(s.table)}), 0) + 1, false)`,
      s.sequence,
    );
  }
}
