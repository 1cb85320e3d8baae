// The load generator of bench/http-load.ts, in its own process so it does not share the servers'
// event loop: CONCURRENCY clients each send the next request as soon as the last one answered, for
// DURATION_MS; prints the latencies' percentiles as JSON. Requests: a JSON array of bodies, used in turn.
const url = process.env.LOAD_URL as string;
const cookie = process.env.LOAD_COOKIE ?? "";
const bodies = JSON.parse(process.env.LOAD_BODIES ?? "[]") as string[];
const concurrency = Number(process.env.LOAD_CONCURRENCY ?? 50);
const durationMs = Number(process.env.LOAD_DURATION_MS ?? 10_000);

const latencies: number[] = [];
let errors = 0;
let next = 0;
const until = performance.now() + durationMs;

async function client(): Promise<void> {
  while (performance.now() < until) {
    const body = bodies[next++ % bodies.length] as string;
    const t0 = performance.now();
    try {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", cookie }, body });
      const json = (await response.json()) as { errors?: unknown[] };
      if (!response.ok || json.errors) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t0);
  }
}

await Promise.all(Array.from({ length: concurrency }, client));
latencies.sort((a, b) => a - b);
const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
process.stdout.write(
  JSON.stringify({
    requests: latencies.length,
    errors,
    rps: Math.round(latencies.length / (durationMs / 1000)),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  }),
);
