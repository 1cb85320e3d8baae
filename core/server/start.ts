// Start-up: validate plugins, open and migrate the database, bootstrap, optionally load the demo,
// then serve. Any problem stops start-up with a message that names it.
import type { AddressInfo } from "node:net";
import type { Config } from "../config.js";
import { openDatabase } from "../db/database.js";
import { loadDemo } from "../demo/load-demo.js";
import { createRegistry } from "../direction/registry.js";
import type { DirectionDefinition } from "../direction/types.js";
import type { Logger } from "../logger.js";
import { buildSchema } from "../schema/index.js";
import { EVIDENCE_MAX_BYTES } from "../services/intake/evidence.js";
import { importFormatsOf } from "../services/intake/import-formats.js";
import { type Notifier, startNotifier } from "../services/notifications/notifier.js";
import { createApp } from "./app.js";
import { bootstrapDatabase } from "./bootstrap.js";
import { createHttpServer } from "./http.js";

export async function startServer(args: { config: Config; directions: readonly DirectionDefinition[]; logger: Logger }) {
  const { config, logger } = args;
  const registry = createRegistry(args.directions);
  const formats = importFormatsOf(registry);
  logger.info(
    { directions: registry.directions.map((d) => d.code), importFormats: formats.list.map((f) => f.kind) },
    "direction plugins and import formats validated",
  );
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  logger.info({ database: db.location, applied: db.appliedMigrations }, "database ready");
  let notifier: Notifier | null = null;
  try {
    const municipality = await bootstrapDatabase({
      prisma: db.prisma,
      logger,
      municipality: { name: config.MUNICIPALITY, region: config.REGION },
      admin: config.DEMO ? null : { password: config.ADMIN_PASSWORD },
    });
    if (config.DEMO)
      await loadDemo({ prisma: db.prisma, registry, municipalityId: municipality.id, adminPassword: config.ADMIN_PASSWORD, logger });
    notifier = startNotifier({ prisma: db.prisma, registry, config, logger });
    const security = { isPublicHttps: config.PUBLIC_URL?.startsWith("https://") ?? false, isBehindProxy: config.TRUST_PROXY };
    const app = createApp({
      prisma: db.prisma,
      registry,
      schema: buildSchema(registry),
      logger,
      sessionTtlHours: config.SESSION_TTL_HOURS,
      isDemo: config.DEMO,
      mail: { isEnabled: notifier.mailer.isEnabled, from: notifier.mailer.from },
      importMaxBytes: config.IMPORT_MAX_MB * 1024 * 1024,
      isBehindProxy: config.TRUST_PROXY,
      corsOrigins: config.CORS_ORIGINS,
      security,
      isGraphiQLEnabled: config.DEMO || config.GRAPHIQL,
    });
    const server = createHttpServer({
      app,
      prisma: db.prisma,
      registry,
      logger,
      uploadMaxBytes: Math.max(config.IMPORT_MAX_MB * 1024 * 1024, EVIDENCE_MAX_BYTES),
      security,
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.PORT, config.HOST, resolve);
    });
    const { port } = server.address() as AddressInfo;
    logger.info({ port, url: `http://localhost:${port}/` }, "«Ориентир» is serving");
    const stop = async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await notifier?.stop();
      await db.close();
    };
    return { server, port, stop, prisma: db.prisma, registry };
  } catch (error) {
    await notifier?.stop();
    await db.close();
    throw error;
  }
}
