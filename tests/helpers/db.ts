// A fresh database per test file: a PGlite clone of the migrated template, or a new schema on the
// PostgreSQL at TEST_DATABASE_URL (migrated by the same runner the server uses).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../core/db/database.js";
import { poolConfigFromUrl } from "../../core/db/pg-adapter.js";

export const isPostgres = () => process.env.TEST_DB === "postgres";

export interface TestDatabase extends Database {
  /** Every SQL statement Prisma sent, in order (for N+1 checks). */
  queries: string[];
  /** postgresql://…?schema=… for child processes; undefined on PGlite. */
  url?: string;
}

function withQueryLog(db: Database): string[] {
  const queries: string[] = [];
  (db.prisma as unknown as { $on(event: "query", cb: (e: { query: string }) => void): void }).$on("query", (e) => {
    queries.push(e.query);
  });
  return queries;
}

/** A schema name on TEST_DATABASE_URL that nothing has migrated yet, and how to drop it after. */
export function emptyPostgresSchema(): { url: string; drop(): Promise<void> } {
  const base = process.env.TEST_DATABASE_URL as string;
  const schema = `t_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client(poolConfigFromUrl(base).pool);
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

export async function freshDatabase(): Promise<TestDatabase> {
  if (isPostgres()) {
    const empty = emptyPostgresSchema();
    const db = await openDatabase({ databaseUrl: empty.url, dataDir: "", isQueryLogged: true });
    return {
      ...db,
      queries: withQueryLog(db),
      url: empty.url,
      close: async () => {
        await db.close();
        await empty.drop();
      },
    };
  }
  const pglite = new PGlite({ loadDataDir: new Blob([readFileSync(inject("pgliteTemplate"))]) });
  const db = await openDatabase({ dataDir: "", pglite, isQueryLogged: true });
  return { ...db, queries: withQueryLog(db) };
}
