// Integration harness: a fresh database, the yoga app over it, and helpers to call GraphQL as a
// given user — everything through the public HTTP interface (app.fetch).
import { createRegistry, type Registry } from "../../core/direction/registry.js";
import type { DirectionDefinition } from "../../core/direction/types.js";
import type { Role } from "../../core/generated/prisma/client.js";
import { createLogger, type Logger } from "../../core/logger.js";
import { buildSchema } from "../../core/schema/index.js";
import { createApp } from "../../core/server/app.js";
import { hashPassword } from "../../core/services/auth/passwords.js";
import { directions as allDirections } from "../../plugins/index.js";
import { freshDatabase, type TestDatabase } from "./db.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  db: TestDatabase;
  registry: Registry;
  app: ReturnType<typeof createApp>;
  municipalityId: number;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, cookie?: string): Promise<GraphQLResponse<T>>;
  /** Creates a user (password "secret") and returns its session cookie. */
  signIn(role: Role, options?: { login?: string; organizationId?: number }): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApp(
  options: {
    directions?: readonly DirectionDefinition[];
    importMaxBytes?: number;
    isDemo?: boolean;
    logger?: Logger;
    isGraphiQLEnabled?: boolean;
    corsOrigins?: string[];
    isBehindProxy?: boolean;
  } = {},
): Promise<TestApp> {
  const db = await freshDatabase();
  const registry = createRegistry(options.directions ?? allDirections);
  const app = createApp({
    prisma: db.prisma,
    registry,
    schema: buildSchema(registry),
    logger: options.logger ?? createLogger(process.env.TEST_LOG ?? "silent"),
    importMaxBytes: options.importMaxBytes,
    isDemo: options.isDemo,
    isGraphiQLEnabled: options.isGraphiQLEnabled,
    corsOrigins: options.corsOrigins,
    isBehindProxy: options.isBehindProxy,
  });
  const municipality = await db.prisma.municipality.create({ data: { name: "Тестовый округ", region: "Свердловская область" } });
  let users = 0;
  const gql: TestApp["gql"] = async (query, variables, cookie) => {
    const response = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<never>;
  };
  const signIn: TestApp["signIn"] = async (role, opts = {}) => {
    const login = opts.login ?? `${role.toLowerCase()}${++users}`;
    await db.prisma.user.create({
      data: {
        login,
        role,
        fullName: `Пользователь ${login}`,
        passwordHash: await hashPassword("secret"),
        organizationId: opts.organizationId ?? null,
      },
    });
    const response = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation($l: String!) { login(login: $l, password: "secret") { id } }`, variables: { l: login } }),
    });
    const setCookie = response.headers.get("set-cookie") ?? "";
    return setCookie.split(";")[0] as string;
  };
  return { db, registry, app, municipalityId: municipality.id, gql, signIn, close: () => db.close() };
}

/** Throws with the errors when a response has any: for steps that must succeed. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

export async function createOrganization(
  t: TestApp,
  data: { shortName: string; kind: "SCHOOL" | "PRESCHOOL" | "ADDITIONAL"; leader?: string; inn?: string },
): Promise<number> {
  const [lastName = "Иванова", firstName = "Анна", middleName = "Петровна"] = (data.leader ?? "Иванова Анна Петровна").split(" ");
  const org = await t.db.prisma.organization.create({
    data: {
      municipalityId: t.municipalityId,
      fullName: `Муниципальное учреждение ${data.shortName}`,
      shortName: data.shortName,
      kind: data.kind,
      inn: data.inn ?? null,
      appointments: {
        create: { position: "Директор", startsOn: new Date("2015-09-01"), leader: { create: { lastName, firstName, middleName } } },
      },
    },
  });
  return org.id;
}

/** A GraphQL multipart request (the upload spec) with one file bound to the variable `file`. */
export async function upload<T = Record<string, unknown>>(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  file: { name: string; bytes: Uint8Array },
  cookie?: string,
): Promise<GraphQLResponse<T>> {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query, variables: { ...variables, file: null } }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  form.append("0", new Blob([new Uint8Array(file.bytes)]), file.name);
  const response = await t.app.fetch("http://test/graphql", {
    method: "POST",
    body: form,
    headers: cookie ? { cookie, "x-orientir-csrf": "1" } : {},
  });
  return (await response.json()) as GraphQLResponse<T>;
}

export const FIXTURE_ORGANIZATIONS = [
  { shortName: "МАОУ «СОШ № 1»", kind: "SCHOOL", inn: "6627000001", fisOkoLogin: "edu660001" },
  { shortName: "МАОУ «СОШ № 2»", kind: "SCHOOL", inn: "6627000002", fisOkoLogin: "edu660002" },
  { shortName: "МАОУ «Гимназия № 25»", kind: "SCHOOL", inn: "6627000025", fisOkoLogin: "edu660025" },
  { shortName: "МАДОУ «Детский сад № 5»", kind: "PRESCHOOL", inn: "6627000105", fisOkoLogin: null },
  { shortName: "МБУ ДО «ЦДТ»", kind: "ADDITIONAL", inn: "6627000201", fisOkoLogin: null },
] as const;

/** The fixture municipality of tests/fixtures/intake and a cycle open for data collection. */
export async function fixtureMunicipality(t: TestApp, year = 2025): Promise<{ cycleId: number; ids: Record<string, number> }> {
  const ids: Record<string, number> = {};
  for (const o of FIXTURE_ORGANIZATIONS) {
    const created = await t.db.prisma.organization.create({
      data: {
        municipalityId: t.municipalityId,
        fullName: `Муниципальное учреждение ${o.shortName}`,
        shortName: o.shortName,
        kind: o.kind,
        inn: o.inn,
        fisOkoLogin: o.fisOkoLogin,
        contingent: 500,
      },
    });
    ids[o.inn] = created.id;
  }
  const cycle = await t.db.prisma.cycle.create({
    data: {
      municipalityId: t.municipalityId,
      year,
      title: `Цикл ${year}`,
      periodStart: new Date(`${year}-01-01`),
      periodEnd: new Date(`${year}-12-31`),
      deadline: new Date(`${year + 1}-02-01`),
      status: "COLLECTING",
    },
  });
  await t.db.prisma.methodologyVersion.create({ data: { cycleId: cycle.id, version: 1, snapshot: {} } });
  return { cycleId: cycle.id, ids };
}

/** The real HTTP entry over the test database, on a free port: for downloads outside GraphQL. */
export async function listen(
  t: TestApp,
  options: { security?: { isPublicHttps: boolean; isBehindProxy: boolean }; webDir?: string } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const { createHttpServer } = await import("../../core/server/http.js");
  const server = createHttpServer({ app: t.app, prisma: t.db.prisma, registry: t.registry, logger: createLogger("silent"), ...options });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
