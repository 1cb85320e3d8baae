// Opens the one database «Ориентир» uses: embedded PGlite in DATA_DIR, or PostgreSQL at
// DATABASE_URL. Migrations are applied before the Prisma client is handed out.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { applyMigrations, type MigrationTarget } from "./migrations.js";
import { pgAdapterFactory, poolConfigFromUrl } from "./pg-adapter.js";
import { pgliteAdapterFactory } from "./pglite-adapter.js";

export type Prisma = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  dialect: "pglite" | "postgres";
  /** For logs: where the data lives (no password). */
  location: string;
  appliedMigrations: string[];
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgresql://… — when absent, PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Log every SQL statement as a Prisma "query" event (tests count them). */
  isQueryLogged?: boolean;
  /** PGlite only: open an already migrated in-memory instance (tests clone a template). */
  pglite?: PGlite;
}

function prismaClient(adapter: SqlDriverAdapterFactory, isQueryLogged?: boolean) {
  return new PrismaClient({
    adapter,
    ...(isQueryLogged ? { log: [{ emit: "event", level: "query" }] as const } : {}),
  }) as PrismaClient;
}

function pgliteTarget(db: PGlite): MigrationTarget {
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    applyInTransaction: async (script, record) => {
      await db.transaction(async (tx) => {
        await tx.exec(script);
        await tx.query(record.sql, record.params);
      });
    },
  };
}

async function openPglite(options: OpenDatabaseOptions): Promise<Database> {
  let db = options.pglite;
  let location = "PGlite (memory)";
  if (!db) {
    const dir = path.resolve(options.dataDir, "pglite");
    mkdirSync(dir, { recursive: true });
    db = new PGlite(dir);
    location = `PGlite ${dir}`;
  }
  await db.waitReady;
  const appliedMigrations = await applyMigrations(pgliteTarget(db));
  const prisma = prismaClient(pgliteAdapterFactory(db, { isClosedOnDispose: true }), options.isQueryLogged);
  const instance = db;
  return {
    prisma,
    dialect: "pglite",
    location,
    appliedMigrations,
    close: async () => {
      await prisma.$disconnect();
      if (!instance.closed) await instance.close();
    },
  };
}

async function migratePostgres(url: string): Promise<string[]> {
  const { pool, schema } = poolConfigFromUrl(url);
  const client = new pg.Client(pool);
  await client.connect();
  try {
    if (schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replaceAll('"', '""')}"`);
      await client.query(`SET search_path TO "${schema.replaceAll('"', '""')}"`);
    }
    // Several instances may start at once (scale-out): one applies, the others wait.
    await client.query("SELECT pg_advisory_lock(742017)");
    const target: MigrationTarget = {
      query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
      applyInTransaction: async (script, record) => {
        await client.query("BEGIN");
        try {
          await client.query(script);
          await client.query(record.sql, record.params);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        }
      },
    };
    return await applyMigrations(target);
  } finally {
    await client.query("SELECT pg_advisory_unlock(742017)").catch(() => undefined);
    await client.end();
  }
}

async function openPostgres(options: OpenDatabaseOptions & { databaseUrl: string }): Promise<Database> {
  const appliedMigrations = await migratePostgres(options.databaseUrl);
  const prisma = prismaClient(pgAdapterFactory(options.databaseUrl), options.isQueryLogged);
  const { pool, schema } = poolConfigFromUrl(options.databaseUrl);
  return {
    prisma,
    dialect: "postgres",
    location: `PostgreSQL ${pool.host}:${pool.port}/${pool.database}${schema ? ` (schema ${schema})` : ""}`,
    appliedMigrations,
    close: () => prisma.$disconnect(),
  };
}

export function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options as OpenDatabaseOptions & { databaseUrl: string }) : openPglite(options);
}
