// `ratings` and `scorecard` under 50 concurrent clients on loopback (issue 15: p95 ≤ 100 ms on
// PostgreSQL, ≤ 2× a bare graphql-yoga serving the same rows), and the memory of an idle `npm start`.
// The app runs in this process on a synthetic region's scored cycle; the floor is graphql-yoga with a
// hand-written schema of the same shape answering from the rows the app returned; the load comes from
// a separate process (bench/load-client.ts). Run alone: `npx tsx bench/http-load.ts`.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createSchema, createYoga } from "graphql-yoga";
import { openDatabase } from "../core/db/database.js";
import { createRegistry } from "../core/direction/registry.js";
import { createLogger } from "../core/logger.js";
import { buildSchema } from "../core/schema/index.js";
import { createApp } from "../core/server/app.js";
import { createHttpServer } from "../core/server/http.js";
import { hashPassword } from "../core/services/auth/passwords.js";
import { scoreCycle } from "../core/services/scoring/score-cycle.js";
import { directions } from "../plugins/index.js";
import { atMost, type Figure } from "./figures.js";
import { loadSyntheticRegion } from "./synthetic-region.js";

export const P95_TARGET_MS = 100;
export const VS_BARE_TARGET = 2;
export const IDLE_MEMORY_TARGET_MB = 300;

const RATINGS = `query($c: ID!, $k: OrgKind) { ratings(cycleId: $c, kind: $k) {
  rank totalPercent level isNewLeader organization { id name kind } leader { fullName } } }`;
const SCORECARD = `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) {
  totalPercent level rank isNewLeader directions { code title points maxPoints percent } } }`;

const BARE_TYPES = `
  enum OrgKind { SCHOOL PRESCHOOL ADDITIONAL }
  type Org { id: ID! name: String! kind: OrgKind! }
  type Leader { fullName: String! }
  type Row { rank: Int! totalPercent: Float! level: String! isNewLeader: Boolean! organization: Org! leader: Leader }
  type Direction { code: String! title: String! points: Float! maxPoints: Float! percent: Float }
  type Card { totalPercent: Float level: String rank: Int isNewLeader: Boolean! directions: [Direction!]! }
  type Query { ratings(cycleId: ID!, kind: OrgKind): [Row!]! scorecard(cycleId: ID!, organizationId: ID!): Card }
`;

interface Load {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

function runLoad(url: string, bodies: string[], cookie: string, durationMs: number): Promise<Load> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "load-client.ts")], {
    env: { ...process.env, LOAD_URL: url, LOAD_COOKIE: cookie, LOAD_BODIES: JSON.stringify(bodies), LOAD_DURATION_MS: String(durationMs) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  return new Promise((resolve, reject) =>
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as Load) : reject(new Error(`load client exited ${code}`)))),
  );
}

/** `npm start` on an empty embedded database, started, then left alone: its resident memory. */
async function idleServerMb(): Promise<number> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "orientir-idle-"));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, ["--import", "tsx", "core/cli/main.ts"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      ADMIN_PASSWORD: "idle-bench",
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  try {
    for (let i = 0; i < 600; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const listen = (server: ReturnType<typeof createServer>) =>
  new Promise<string>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`)),
  );

export async function benchHttpLoad(args: { organizations: number; database: "pglite" | "postgres"; url?: string; durationMs?: number }) {
  const durationMs = args.durationMs ?? Number(process.env.BENCH_LOAD_MS ?? 10_000);
  const registry = createRegistry(directions);
  const logger = createLogger(process.env.LOG_LEVEL ?? "error");
  const db = await openDatabase(args.url ? { dataDir: "", databaseUrl: args.url } : { dataDir: "", pglite: new PGlite() });
  const app = createHttpServer({
    app: createApp({ prisma: db.prisma, registry, schema: buildSchema(registry), logger }),
    prisma: db.prisma,
    registry,
    logger,
  });
  let bare: ReturnType<typeof createServer> | null = null;
  try {
    const municipality = await db.prisma.municipality.create({ data: { name: "Синтетический регион", region: "—" } });
    const loaded = await loadSyntheticRegion({
      prisma: db.prisma,
      registry,
      organizations: args.organizations,
      municipalityId: municipality.id,
      cycles: 1,
    });
    const cycleId = loaded.cycleIds.at(-1) as number;
    await db.prisma.cycle.update({ where: { id: cycleId }, data: { status: "REVIEW" } });
    await scoreCycle({ prisma: db.prisma, registry, cycleId, actorId: null });
    await db.prisma.user.create({
      data: { login: "bench", role: "OPERATOR", fullName: "Оператор", passwordHash: await hashPassword("bench") },
    });
    const appUrl = await listen(app);
    const login = await fetch(appUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { login(login: "bench", password: "bench") { id } }` }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
    const ask = async (query: string, variables: Record<string, unknown>) =>
      (
        (await (
          await fetch(appUrl, {
            method: "POST",
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({ query, variables }),
          })
        ).json()) as { data: Record<string, unknown> }
      ).data;

    // The same requests for both servers; the bare one answers from what the app answered.
    const kinds = ["SCHOOL", "PRESCHOOL", "ADDITIONAL"] as const;
    const ratings = new Map<string, unknown>();
    for (const k of kinds) ratings.set(k, (await ask(RATINGS, { c: cycleId, k })).ratings);
    const organizations = (await db.prisma.organization.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 20 })).map(
      (o) => o.id,
    );
    const cards = new Map<string, unknown>();
    for (const o of organizations) cards.set(String(o), (await ask(SCORECARD, { c: cycleId, o })).scorecard);
    bare = createServer(
      createYoga({
        schema: createSchema({
          typeDefs: BARE_TYPES,
          resolvers: {
            Query: {
              ratings: (_: unknown, a: { kind?: string }) => ratings.get(a.kind ?? "SCHOOL"),
              scorecard: (_: unknown, a: { organizationId: string }) => cards.get(a.organizationId),
            },
          },
        }),
        logging: false,
      }),
    );
    const bareUrl = await listen(bare);
    const ratingBodies = kinds.map((k) => JSON.stringify({ query: RATINGS, variables: { c: String(cycleId), k } }));
    const cardBodies = organizations.map((o) => JSON.stringify({ query: SCORECARD, variables: { c: String(cycleId), o: String(o) } }));

    const idleMb = await idleServerMb();

    const measured: Record<string, Load> = {
      ratings: await runLoad(appUrl, ratingBodies, cookie, durationMs),
      ratingsBare: await runLoad(bareUrl, ratingBodies, "", durationMs),
      scorecard: await runLoad(appUrl, cardBodies, cookie, durationMs),
      scorecardBare: await runLoad(bareUrl, cardBodies, "", durationMs),
    };
    const db_ = args.database;
    const figures: Figure[] = [];
    for (const name of ["ratings", "scorecard"] as const) {
      const ours = measured[name] as Load;
      const floor = measured[`${name}Bare`] as Load;
      figures.push(atMost(`${name}, 50 clients: p95 (${args.organizations} organizations)`, db_, ours.p95, "ms", P95_TARGET_MS));
      figures.push(atMost(`${name}, 50 clients: p95 vs bare graphql-yoga`, db_, ours.p95 / Math.max(0.1, floor.p95), "×", VS_BARE_TARGET));
    }
    figures.push(atMost("idle server memory (npm start, empty embedded database)", "pglite", idleMb, "MB", IDLE_MEMORY_TARGET_MB));
    return { measured: { organizations: args.organizations, database: db_, idleMb, ...measured }, figures };
  } finally {
    bare?.close();
    app.close();
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const { emptyPostgresSchema } = await import("../core/db/scratch-schema.js");
  const schema = url ? emptyPostgresSchema(url) : null;
  try {
    const result = await benchHttpLoad({
      organizations: Number(process.env.BENCH_ORGANIZATIONS ?? 2500),
      database: schema ? "postgres" : "pglite",
      url: schema?.url,
    });
    console.log(JSON.stringify(result.measured, null, 2));
    console.table(result.figures.map((f) => ({ ...f, met: f.met ? "yes" : "MISS" })));
  } finally {
    await schema?.drop();
  }
}
