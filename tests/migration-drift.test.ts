// schema.prisma and the committed migrations must agree: `prisma migrate diff --exit-code` exits 2
// on drift. Runs the real Prisma CLI (JS schema engine, PGlite shadow database).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { isPostgres } from "./helpers/db.js";
import { ROOT, runProcess } from "./helpers/process.js";

test.skipIf(isPostgres())(
  "the migrations produce exactly schema.prisma",
  async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "orientir-drift-"));
    try {
      const prisma = path.join(ROOT, "node_modules/.bin/prisma");
      const args = [
        "migrate",
        "diff",
        "--config",
        "prisma/prisma.config.ts",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--exit-code",
      ];
      const { code, output } = await runProcess(prisma, args, { DATA_DIR: dataDir, DATABASE_URL: "" });
      expect(output).not.toContain("Error");
      expect(code, output).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  120_000,
);
