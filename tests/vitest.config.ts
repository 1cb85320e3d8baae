import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// The suite runs on PGlite always and, when TEST_DATABASE_URL is set, again on PostgreSQL.
// Unit tests beside the code need no database and run once.
const postgresUrl = process.env.TEST_DATABASE_URL;
const common = { pool: "forks" as const, testTimeout: 60_000, hookTimeout: 120_000 };

export default defineConfig({
  // One graphql-js instance, as under Node (its package has no exports map, so Node loads the CJS build).
  resolve: { alias: { graphql: createRequire(import.meta.url).resolve("graphql") } },
  test: {
    root: new URL("..", import.meta.url).pathname,
    reporters: ["default"],
    // Vitest leaves one core idle (cores − 1); the files wait on databases, browsers and LibreOffice
    // as much as on the CPU, so two workers on a 2-core machine nearly halve the suite's wall time.
    maxWorkers: 2,
    projects: [
      {
        extends: true as const,
        test: {
          ...common,
          name: "unit",
          include: ["core/**/*.test.ts", "plugins/**/*.test.ts", "web/src/**/*.test.ts"],
        },
      },
      {
        extends: true as const,
        test: {
          ...common,
          name: "pglite",
          include: ["tests/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          env: { TEST_DB: "pglite" },
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                ...common,
                name: "postgres",
                include: ["tests/**/*.test.ts"],
                globalSetup: ["tests/helpers/global-setup.ts"],
                env: { TEST_DB: "postgres", TEST_DATABASE_URL: postgresUrl },
              },
            },
          ]
        : []),
    ],
  },
});
