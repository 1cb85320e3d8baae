// `npm run backup -- <file.json>`: every table of the database (PGlite in DATA_DIR or PostgreSQL at
// DATABASE_URL) into one JSON file. Stop the server first when on PGlite: it owns the data dir.
import { writeFileSync } from "node:fs";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/database.js";
import { createBackup } from "../services/backup/backup.js";

const file = process.argv[2];
if (!file) {
  process.stderr.write("Укажите файл: npm run backup -- orientir-backup.json\n");
  process.exit(2);
}
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  const backup = await createBackup(db.prisma);
  writeFileSync(file, JSON.stringify(backup));
  const rows = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
  process.stdout.write(`Резервная копия ${db.location} записана в ${file}: ${Object.keys(backup.tables).length} таблиц, ${rows} строк.\n`);
} finally {
  await db.close();
}
