// Two stateless app instances on one PostgreSQL, as behind a reverse proxy (docs/deployment.md):
// a session made on one is valid on the other, an import's progress written by one is read from the
// other, and login throttling counts the failures made on either. PGlite is single-process: skipped.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Database, openDatabase } from "../core/db/database.js";
import { hashPassword } from "../core/services/auth/passwords.js";
import { emptyPostgresSchema, isPostgres } from "./helpers/db.js";
import { type RunningServer, startServerProcess } from "./helpers/process.js";

type Response<T> = { data?: T | null; errors?: { message: string }[] };

describe.skipIf(!isPostgres())("two app instances on one PostgreSQL", () => {
  let schema: ReturnType<typeof emptyPostgresSchema>;
  let a: RunningServer;
  let b: RunningServer;
  let db: Database;
  let cycleId: number;

  const gql = async <T>(server: RunningServer, query: string, variables: object = {}, cookie?: string) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { body: (await response.json()) as Response<T>, cookie: response.headers.get("set-cookie")?.split(";")[0] };
  };
  const login = (server: RunningServer, name: string, password: string) =>
    gql<{ login: { login: string } }>(server, `mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login } }`, {
      l: name,
      p: password,
    });

  beforeAll(async () => {
    schema = emptyPostgresSchema();
    const env = { DATABASE_URL: schema.url, DATA_DIR: "", ADMIN_PASSWORD: "admin-secret" };
    // The first instance migrates the empty schema; the second finds it migrated.
    a = await startServerProcess(env);
    b = await startServerProcess(env);
    expect(a.child.exitCode, a.output()).toBeNull();
    expect(b.child.exitCode, b.output()).toBeNull();
    db = await openDatabase({ databaseUrl: schema.url, dataDir: "" });
    const municipality =
      (await db.prisma.municipality.findFirst()) ?? (await db.prisma.municipality.create({ data: { name: "ГО", region: "—" } }));
    await db.prisma.organization.create({
      data: { municipalityId: municipality.id, fullName: "Школа № 1", shortName: "Школа № 1", kind: "SCHOOL", inn: "6627000001" },
    });
    const cycle = await db.prisma.cycle.create({
      data: {
        municipalityId: municipality.id,
        year: 2025,
        title: "Цикл 2025",
        periodStart: new Date("2025-01-01"),
        periodEnd: new Date("2025-12-31"),
        deadline: new Date("2026-02-01"),
        status: "COLLECTING",
      },
    });
    cycleId = cycle.id;
    await db.prisma.methodologyVersion.create({ data: { cycleId, version: 1, snapshot: {} } });
    for (const name of ["operator", "throttled"])
      await db.prisma.user.create({
        data: { login: name, role: "OPERATOR", fullName: `Пользователь ${name}`, passwordHash: await hashPassword("secret") },
      });
  }, 240_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.close();
    await schema?.drop();
  });

  test("a session made on one instance is valid on the other; logging out on the other ends it on both", async () => {
    const { body, cookie } = await login(a, "operator", "secret");
    expect(body.data?.login.login).toBe("operator");
    expect(cookie).toBeTruthy();
    const me = `{ me { login } }`;
    expect((await gql<{ me: { login: string } | null }>(b, me, {}, cookie)).body.data?.me?.login).toBe("operator");
    await gql(b, `mutation { logout }`, {}, cookie);
    expect((await gql<{ me: { login: string } | null }>(a, me, {}, cookie)).body.data?.me).toBeNull();
  });

  test("an import's progress written by one instance is read from the other", async () => {
    const { cookie } = await login(a, "operator", "secret");
    const form = new FormData();
    const query = `mutation($c: ID!, $file: File!) { importFile(cycleId: $c, kind: MONITORING_TEMPLATE, file: $file, dryRun: true, progressKey: "two-1") { rowsTotal errors { message } } }`;
    form.append("operations", JSON.stringify({ query, variables: { c: String(cycleId), file: null } }));
    form.append("map", JSON.stringify({ 0: ["variables.file"] }));
    form.append("0", new Blob([Buffer.from("inn;name;staff.teachers\n6627000001;Школа № 1;54\n")]), "monitoring.csv");
    const imported = (await (
      await fetch(`http://127.0.0.1:${a.port}/graphql`, {
        method: "POST",
        body: form,
        headers: { cookie: cookie as string, "x-orientir-csrf": "1" },
      })
    ).json()) as Response<{ importFile: { rowsTotal: number; errors: unknown[] } }>;
    expect(imported.data?.importFile).toEqual({ rowsTotal: 1, errors: [] });
    const progress = await gql<{ importProgress: { stage: string; done: number; total: number } | null }>(
      b,
      `{ importProgress(key: "two-1") { stage done total } }`,
      {},
      cookie,
    );
    expect(progress.body.data?.importProgress).toEqual({ stage: "done", done: 1, total: 1 });
  });

  test("login throttling counts the failures made on either instance", async () => {
    for (let i = 0; i < 5; i++) {
      const server = i % 2 === 0 ? a : b;
      expect((await login(server, "throttled", "wrong")).body.errors?.[0]?.message).toBe("Неверный логин или пароль.");
    }
    // The last failure was made on A; B makes the right password wait: the pause lives in the database.
    expect((await login(b, "throttled", "secret")).body.errors?.[0]?.message).toMatch(/Повторите через \d+ сек\./);
  });
});
