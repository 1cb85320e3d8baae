// A minimal per-request batch loader: the keys asked for while a list is being resolved are
// collected and loaded with one query, so a list of N items costs one statement, not N.
import type { AppContext } from "./context.js";

interface Batch<K, V> {
  keys: Set<K>;
  result: Promise<Map<K, V>>;
}

export function loadBatched<K, V>(
  ctx: AppContext,
  name: string,
  key: K,
  loadMany: (keys: K[]) => Promise<Map<K, V>>,
): Promise<V | undefined> {
  const slot = `batch:${name}`;
  let batch = ctx.cache.get(slot) as unknown as Batch<K, V> | undefined;
  if (!batch) {
    const keys = new Set<K>();
    // GraphQL calls the resolvers of every list item before any of them resolves: wait one turn.
    const result = new Promise<Map<K, V>>((resolve, reject) => {
      setImmediate(() => {
        ctx.cache.delete(slot);
        loadMany([...keys]).then(resolve, reject);
      });
    });
    batch = { keys, result };
    ctx.cache.set(slot, batch as unknown as Promise<unknown>);
  }
  batch.keys.add(key);
  return batch.result.then((map) => map.get(key));
}
