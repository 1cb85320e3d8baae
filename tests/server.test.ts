// `npm start` end to end: migrations applied on an empty database, /health, the administrator
// created once, GraphQL over HTTP, the web client or its absence, and bad environment rejected.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readMigrations } from "../core/db/migrations.js";
import { emptyPostgresSchema, isPostgres } from "./helpers/db.js";
import { type RunningServer, startServerProcess } from "./helpers/process.js";

describe("the server process", () => {
  let server: RunningServer;
  let dataDir: string;
  let dropSchema: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "orientir-start-"));
    const env: Record<string, string> = { DATA_DIR: dataDir, ADMIN_PASSWORD: "" };
    if (isPostgres()) {
      const empty = emptyPostgresSchema();
      env.DATABASE_URL = empty.url;
      dropSchema = empty.drop;
    } else {
      env.DATABASE_URL = "";
    }
    delete process.env.ADMIN_PASSWORD;
    server = await startServerProcess(env);
  });
  afterAll(async () => {
    await server?.stop();
    await dropSchema?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("answers /health with 200 once migrations are applied", async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    expect(server.output()).toContain(`"applied":${JSON.stringify(readMigrations().map((m) => m.name))}`);
  });

  test("creates the administrator with a generated password, printed once, that logs in", async () => {
    const match = /Создан администратор: логин admin, пароль (\S+)/.exec(server.output());
    expect(match).not.toBeNull();
    const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($p: String!) { login(login: "admin", password: $p) { role } }`,
        variables: { p: match?.[1] },
      }),
    });
    expect(await res.json()).toEqual({ data: { login: { role: "ADMIN" } } });
    expect(res.headers.get("set-cookie")).toMatch(/^orientir_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict/);
  });

  test("serves the public methodology over GraphQL", async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ directions { code } }" }),
    });
    const body = (await res.json()) as { data: { directions: { code: string }[] } };
    expect(body.data.directions.map((d) => d.code)).toContain("D3");
  });

  test("logs structured JSON lines", () => {
    const lines = server
      .output()
      .split("\n")
      .filter((l) => l.startsWith("{"));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty("level");
  });
});

test("a bad environment variable stops start-up with a Russian message", async () => {
  const server = await startServerProcess({ SESSION_TTL_HOURS: "вечно" }, [], 20_000);
  expect(await server.stop()).toBe(1);
  expect(server.output()).toContain("Запуск остановлен: Неверные переменные окружения");
  expect(server.output()).toContain("SESSION_TTL_HOURS (срок сессии в часах)");
});
