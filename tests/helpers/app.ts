// Integration harness: a fresh database, the yoga app over it, and helpers to call GraphQL as a
// given user — everything through the public HTTP interface (app.fetch).
import { createRegistry, type Registry } from "../../core/direction/registry.js";
import type { DirectionDefinition } from "../../core/direction/types.js";
import type { Role } from "../../core/generated/prisma/client.js";
import { createLogger } from "../../core/logger.js";
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

export async function createTestApp(options: { directions?: readonly DirectionDefinition[] } = {}): Promise<TestApp> {
  const db = await freshDatabase();
  const registry = createRegistry(options.directions ?? allDirections);
  const app = createApp({ prisma: db.prisma, registry, schema: buildSchema(), logger: createLogger(process.env.TEST_LOG ?? "silent") });
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
