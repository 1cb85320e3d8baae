// Wrapper around @prisma/adapter-pg@6.19.3. It fixes, for the Prisma CLI (see docs/toolchain.md):
//  1. oids 18 ("char") and 19 (name) could not be deserialized -> read them as text;
//  2. connectToShadowDb() with a connection string ran shadow migrations on the MAIN database
//     -> always pass discrete host/port/user/password/database;
//  3. the shadow database was dropped before its pool closed.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { PoolConfig } from "pg";

type PerformIO = (query: unknown) => Promise<{ fields?: { dataTypeID: number }[] }>;
let isPatched = false;

function patchNameColumns(adapter: object): void {
  if (isPatched) return;
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as { performIO: PerformIO };
  const performIO = proto.performIO;
  proto.performIO = async function (this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    for (const field of result.fields ?? []) {
      if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
    }
    return result;
  };
  isPatched = true;
}

/** Splits a postgresql:// URL into discrete pool settings and the optional `?schema=`. */
export function poolConfigFromUrl(url: string): { pool: PoolConfig; schema?: string } {
  const u = new URL(url);
  return {
    pool: {
      host: decodeURIComponent(u.hostname),
      port: Number(u.port || 5432),
      database: decodeURIComponent(u.pathname.slice(1)),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
    },
    schema: u.searchParams.get("schema") ?? undefined,
  };
}

/** `isCli`: let the process exit while pool clients are idle (the CLI never disposes adapters). */
export function pgAdapterFactory(url: string, options: { isCli?: boolean; max?: number } = {}): SqlMigrationAwareDriverAdapterFactory {
  const { pool, schema } = poolConfigFromUrl(url);
  const config: PoolConfig = {
    ...pool,
    allowExitOnIdle: options.isCli ?? false,
    max: options.max ?? 10,
    // Raw SQL (bulk inserts) is not schema-qualified by Prisma: point search_path at the schema too.
    ...(schema ? { options: `-c search_path="${schema.replaceAll('"', "")}"` } : {}),
  };
  const inner = new PrismaPg(config, { schema });
  return {
    provider: "postgres",
    adapterName: inner.adapterName,
    connect: async () => {
      const adapter = await inner.connect();
      patchNameColumns(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const main = await inner.connect();
      patchNameColumns(main);
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await main.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg({ ...config, database: name }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        await main.dispose();
      };
      return shadow;
    },
  };
}
