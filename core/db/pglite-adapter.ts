// Wrapper around pglite-prisma-adapter@0.6.1 (Prisma 6.19, engine "js" / engineType "client").
// It fixes three bugs seen with the Prisma CLI (see docs/toolchain.md):
//  1. executeScript() does not await PGlite.exec(): a failing migration was reported as applied;
//  2. shadow-database migrations went through the extended protocol (P3006, multiple commands);
//  3. dispose() never closed PGlite.
import { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

type PatchableAdapter = SqlDriverAdapter & {
  onError(error: unknown): never;
  executeRaw(query: { sql: string; args: unknown[] }): Promise<number>;
};

function patch(adapter: SqlDriverAdapter, db: PGlite, isClosedOnDispose: boolean): SqlDriverAdapter {
  const a = adapter as PatchableAdapter;
  const executeRaw = a.executeRaw.bind(a);
  a.executeScript = async (script: string) => {
    try {
      await db.exec(script);
    } catch (error) {
      a.onError(error);
    }
  };
  a.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    try {
      // simple-query protocol, so multi-statement scripts work
      const results = await db.exec(query.sql);
      return results.reduce((n, r) => n + (r.affectedRows ?? 0), 0);
    } catch (error) {
      return a.onError(error);
    }
  };
  a.dispose = async () => {
    if (isClosedOnDispose && !db.closed) await db.close();
  };
  return a;
}

/** Prisma adapter factory over an open PGlite instance (in memory or on disk). */
export function pgliteAdapterFactory(db: PGlite, options: { isClosedOnDispose?: boolean } = {}): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(db);
  return {
    provider: "postgres",
    adapterName: inner.adapterName,
    // pglite-prisma-adapter bundles its own copy of driver-adapter-utils: same shapes, other types.
    connect: async () => patch((await inner.connect()) as unknown as SqlDriverAdapter, db, options.isClosedOnDispose ?? false),
    connectToShadowDb: async () => {
      const shadow = new PGlite();
      return patch((await new PrismaPGlite(shadow).connect()) as unknown as SqlDriverAdapter, shadow, true);
    },
  };
}

/** CLI processes only: PGlite re-arms a 10 s timer and the Prisma CLI never disposes adapters,
 *  so without this `prisma migrate status` would never exit. */
export function unrefPgliteTimers(): void {
  const g = globalThis as typeof globalThis & { __pgliteTimersUnrefd?: boolean };
  if (g.__pgliteTimersUnrefd) return;
  g.__pgliteTimersUnrefd = true;
  const original = g.setTimeout;
  g.setTimeout = function (this: unknown, ...args: Parameters<typeof setTimeout>) {
    const timer = original.apply(this, args);
    if (new Error().stack?.includes("__setitimer_js")) timer.unref?.();
    return timer;
  } as typeof setTimeout;
}
