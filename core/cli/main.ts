// `npm start` and `npm run demo`.

import { directions } from "../../plugins/index.js";
import { loadConfig } from "../config.js";
import { ConfigError } from "../errors.js";
import { createLogger } from "../logger.js";
import { startServer } from "../server/start.js";

async function main(): Promise<void> {
  const logger = createLogger();
  try {
    const config = loadConfig({ ...process.env, ...(process.argv.includes("--demo") ? { DEMO: "1" } : {}) });
    const { stop } = await startServer({ config, directions, logger });
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        logger.info({ signal }, "stopping");
        stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`\nЗапуск остановлен: ${error.message}\n\n`);
      logger.fatal({ err: error }, "start-up stopped by configuration");
    } else {
      process.stderr.write(`\nЗапуск остановлен: ${(error as Error).message}\n\n`);
      logger.fatal({ err: error }, "start-up failed");
    }
    process.exit(1);
  }
}

await main();
