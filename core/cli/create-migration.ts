// `npm run migration:create -- <name>`: writes the SQL that takes the committed migrations to the
// current schema.prisma into prisma/migrations/<timestamp>_<name>/. (`prisma migrate dev` cannot
// run offline here: see docs/toolchain.md.)
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = process.argv[2]?.replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  process.stderr.write("Укажите имя миграции: npm run migration:create -- add_expert_reviews\n");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "orientir-migration-"));
const result = spawnSync(
  path.join(root, "node_modules/.bin/prisma"),
  [
    "migrate",
    "diff",
    "--config",
    "prisma/prisma.config.ts",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" }, encoding: "utf8" },
);
rmSync(dataDir, { recursive: true, force: true });
if (result.status !== 0) {
  process.stderr.write(result.stderr);
  process.exit(result.status ?? 1);
}
if (!/^\s*(CREATE|ALTER|DROP)/m.test(result.stdout)) {
  process.stdout.write("Схема совпадает с миграциями: новая миграция не нужна.\n");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), result.stdout);
process.stdout.write(`Создана миграция ${path.relative(root, dir)}/migration.sql\n`);
