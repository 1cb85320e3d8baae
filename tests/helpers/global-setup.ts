// Builds one migrated PGlite per run; each test file clones it (loadDataDir) in about a second. Also
// builds the web client when stale, once, before the browser test files start in parallel.
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../core/db/migrations.js";

export default async function setup(project: TestProject) {
  execFileSync(process.execPath, ["--import", "tsx", "core/cli/build-web-if-stale.ts"], { stdio: "inherit" });
  const db = new PGlite();
  await applyMigrations({
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    applyInTransaction: async (script, record) => {
      await db.transaction(async (tx) => {
        await tx.exec(script);
        await tx.query(record.sql, record.params);
      });
    },
  });
  const file = path.join(tmpdir(), `orientir-pglite-template-${process.pid}-${project.name}.tar`);
  writeFileSync(file, Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer()));
  await db.close();
  project.provide("pgliteTemplate", file);
  return () => rmSync(file, { force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
