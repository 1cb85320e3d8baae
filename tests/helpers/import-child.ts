// Child process for the crash test: commits one import and is killed by the parent mid-way.
import { readFileSync } from "node:fs";
import { openDatabase } from "../../core/db/database.js";
import { createRegistry } from "../../core/direction/registry.js";
import { importFile } from "../../core/services/intake/import-file.js";
import { DEFAULT_LIMITS } from "../../core/services/intake/read/types.js";
import { directions } from "../../plugins/index.js";

const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR ?? "" });
const bytes = readFileSync(process.env.IMPORT_FILE as string);
process.stdout.write("committing\n");
const result = await importFile({
  prisma: db.prisma,
  registry: createRegistry(directions),
  actorId: null,
  cycleId: Number(process.env.CYCLE_ID),
  kind: "VPR_RESULTS",
  fileName: "vpr.xlsx",
  bytes,
  isDryRun: false,
  limits: { ...DEFAULT_LIMITS, maxBytes: 200 * 1024 * 1024 },
});
process.stdout.write(`done ${result.batchId} ${result.errors.length}\n`);
await db.close();
