// `npm run restore -- <file.json>`: a backup into an empty database (a new DATA_DIR or an empty
// PostgreSQL schema), migrated first to this version's migrations. All or nothing.
import { readFileSync } from "node:fs";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/database.js";
import { type Backup, RestoreRefused, restoreBackup } from "../services/backup/backup.js";

const file = process.argv[2];
if (!file) {
  process.stderr.write("Укажите файл: npm run restore -- orientir-backup.json\n");
  process.exit(2);
}
const config = loadConfig();
let backup: Backup;
try {
  backup = JSON.parse(readFileSync(file, "utf8")) as Backup;
} catch (error) {
  process.stderr.write(`Файл ${file} не читается как резервная копия: ${(error as Error).message}\n`);
  process.exit(1);
}
const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  const { rows } = await restoreBackup(db.prisma, backup);
  process.stdout.write(`Восстановлено ${rows} строк из ${file} в ${db.location}.\n`);
} catch (error) {
  process.stderr.write(`Восстановление отменено, база не изменена: ${(error as Error).message}\n`);
  process.exitCode = error instanceof RestoreRefused ? 1 : 3;
} finally {
  await db.close();
}
