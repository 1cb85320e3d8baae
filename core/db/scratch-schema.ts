// A schema nothing has migrated yet on a PostgreSQL server, and how to drop it after: for tests and
// benchmarks that need a database of their own (both use this module; neither imports the other).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { poolConfigFromUrl } from "./pg-adapter.js";

export function emptyPostgresSchema(baseUrl: string): { url: string; drop(): Promise<void> } {
  const schema = `t_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const url = new URL(baseUrl);
  url.searchParams.set("schema", schema);
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client(poolConfigFromUrl(baseUrl).pool);
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}
