// API tokens for external reporting tools: created by an administrator, shown once, read-only,
// revocable, with last-used time.
import { afterAll, beforeAll, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createTestApp, dataOf, type TestApp } from "./helpers/app.js";

let t: TestApp;
let admin: string;
let token: string;

const withToken = async (query: string, bearer: string) => {
  const res = await t.app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions: { code: string } }[] };
};

beforeAll(async () => {
  t = await createTestApp({ directions: [achievementDirection] });
  admin = await t.signIn("ADMIN");
  token = dataOf(
    await t.gql<{ createApiToken: string }>(`mutation { createApiToken(name: "Отчётность региона") }`, {}, admin),
  ).createApiToken;
});
afterAll(() => t.close());

test("only an administrator creates tokens; only the hash is stored", async () => {
  expect(token).toMatch(/^ort_[\w-]{40,}$/);
  const operator = await t.signIn("OPERATOR");
  expect((await t.gql(`mutation { createApiToken(name: "x1") }`, {}, operator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  const stored = await t.db.prisma.apiToken.findFirstOrThrow();
  expect(stored.tokenHash).not.toContain(token.slice(4, 20));
});

test("a token reads ratings (even before publication) and cannot call a mutation", async () => {
  const cycle = await t.db.prisma.cycle.create({
    data: {
      municipalityId: t.municipalityId,
      year: 2025,
      title: "Цикл",
      periodStart: new Date("2025-01-01"),
      periodEnd: new Date("2025-12-31"),
      deadline: new Date("2026-02-01"),
      status: "SCORED",
    },
  });
  const read = await withToken(`{ ratings(cycleId: "${cycle.id}") { rank } me { login role } }`, token);
  expect(read.errors).toBeUndefined();
  expect(read.data?.me).toEqual({ login: "token:Отчётность региона", role: "DEPARTMENT" });
  const write = await withToken(`mutation { createCycle(input: { year: 2026 }) { id } }`, token);
  expect(write.errors?.[0]).toMatchObject({ message: "API-токен даёт доступ только на чтение.", extensions: { code: "FORBIDDEN" } });
  expect(await t.db.prisma.cycle.count()).toBe(1);
  const listed = dataOf(
    await t.gql<{ apiTokens: { name: string; lastUsedAt: string | null }[] }>(`{ apiTokens { name lastUsedAt } }`, {}, admin),
  );
  expect(listed.apiTokens[0]?.lastUsedAt).not.toBeNull();
});

test("a revoked or unknown token is refused with UNAUTHENTICATED", async () => {
  const id = (await t.db.prisma.apiToken.findFirstOrThrow()).id;
  dataOf(await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id }, admin));
  expect((await withToken(`{ directions { code } }`, token)).errors?.[0]).toMatchObject({
    message: "API-токен отозван.",
    extensions: { code: "UNAUTHENTICATED" },
  });
  expect((await withToken(`{ directions { code } }`, "ort_nope")).errors?.[0]?.message).toBe("Неизвестный API-токен.");
});
