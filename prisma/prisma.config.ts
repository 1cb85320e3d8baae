// Prisma CLI configuration: the JS (WASM) schema engine with a driver adapter, because the native
// engine cannot be downloaded offline. With DATABASE_URL the CLI talks to PostgreSQL; without it,
// to the embedded PGlite in DATA_DIR (never run the CLI on a data dir the server has open).
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";

const databaseUrl = process.env.DATABASE_URL || undefined;
// schema.prisma reads env("DATABASE_URL") and the CLI fails on PGlite without it; the adapter ignores it.
if (!databaseUrl) process.env.DATABASE_URL = "postgresql://pglite@localhost/pglite";

let cached: Promise<SqlMigrationAwareDriverAdapterFactory> | undefined;

// The CLI calls adapter() more than once per command; two PGlite instances on one dir would clash.
function adapter(): Promise<SqlMigrationAwareDriverAdapterFactory> {
  cached ??= makeAdapter();
  return cached;
}

async function makeAdapter(): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (databaseUrl) {
    const { pgAdapterFactory } = await import("../core/db/pg-adapter.ts");
    return pgAdapterFactory(databaseUrl, { isCli: true });
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pgliteAdapterFactory, unrefPgliteTimers } = await import("../core/db/pglite-adapter.ts");
  unrefPgliteTimers();
  const dir = path.resolve(process.env.DATA_DIR ?? "./data", "pglite");
  mkdirSync(dir, { recursive: true });
  return pgliteAdapterFactory(new PGlite(dir));
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(import.meta.dirname, "schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "migrations") },
  adapter,
});
