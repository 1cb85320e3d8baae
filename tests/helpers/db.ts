// A fresh database per test file: a PGlite clone of the migrated template, or a new schema on the
// PostgreSQL at TEST_DATABASE_URL (migrated by the same runner the server uses).
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../core/db/database.js";
import { emptyPostgresSchema as emptyScratchSchema } from "../../core/db/scratch-schema.js";

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
export const emptyPostgresSchema = () => emptyScratchSchema(process.env.TEST_DATABASE_URL as string);

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
