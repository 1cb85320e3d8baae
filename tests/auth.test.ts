// Sessions: login throttling, CSRF protection for cookie sessions on non-JSON posts, logout.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestApp, dataOf, type TestApp } from "./helpers/app.js";

let t: TestApp;
let proxied: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  proxied = await createTestApp({ isBehindProxy: true });
});
afterAll(async () => {
  await t.close();
  await proxied.close();
});

/** A login from a given address (the proxy's X-Forwarded-For, trusted by `proxied`). */
type LoginResult = { data?: { login: { login: string } } | null; errors?: { message: string; extensions?: { code?: string } }[] };
async function loginFrom(address: string, name: string, password: string): Promise<LoginResult> {
  const response = await proxied.app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({
      query: `mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login } }`,
      variables: { l: name, p: password },
    }),
  });
  return (await response.json()) as LoginResult;
}

test("after five failures from one address the next try waits, and each further failure doubles the wait", async () => {
  await proxied.signIn("OPERATOR", { login: "ivanova" });
  for (let i = 0; i < 5; i++)
    expect((await loginFrom("10.0.0.1", "ivanova", "wrong")).errors?.[0]?.message).toBe("Неверный логин или пароль.");
  const paused = await loginFrom("10.0.0.1", "Ivanova", "secret");
  expect(paused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  expect(paused.errors?.[0]?.message).toMatch(/^Слишком много неудачных попыток входа с этого адреса\. Повторите через [12] сек\.$/);
  await new Promise((resolve) => setTimeout(resolve, 2100));
  expect((await loginFrom("10.0.0.1", "ivanova", "wrong")).errors?.[0]?.message).toBe("Неверный логин или пароль.");
  // The delay doubles: four seconds now.
  expect((await loginFrom("10.0.0.1", "ivanova", "secret")).errors?.[0]?.message).toMatch(/Повторите через [34] сек\./);
  expect(await proxied.db.prisma.auditEvent.count({ where: { action: "auth.login.failed" } })).toBe(6);
});

test("nobody can lock out an account: the right password from another address is accepted", async () => {
  await proxied.signIn("ADMIN", { login: "chief" });
  for (let i = 0; i < 8; i++) await loginFrom("203.0.113.66", "chief", "guess");
  expect((await loginFrom("203.0.113.66", "chief", "secret")).errors?.[0]?.message).toMatch(/^Слишком много неудачных попыток/);
  expect((await loginFrom("192.168.1.10", "chief", "secret")).data?.login.login).toBe("chief");
});

test("30 parallel wrong tries: exactly five are checked, the rest wait", async () => {
  await proxied.signIn("OPERATOR", { login: "parallel" });
  const results = await Promise.all(Array.from({ length: 30 }, () => loginFrom("10.0.0.30", "parallel", "wrong")));
  const checked = results.filter((r) => r.errors?.[0]?.message === "Неверный логин или пароль.");
  expect(checked.length).toBe(5);
  expect(results.length - checked.length).toBe(25);
});

test("one address trying many accounts is slowed down for every account; successful logins do not count", async () => {
  for (let i = 0; i < 35; i++) {
    await proxied.signIn("OPERATOR", { login: `many${i}` });
    expect((await loginFrom("10.0.0.99", `many${i}`, "secret")).data?.login.login).toBe(`many${i}`);
  }
  for (let i = 0; i < 30; i++) await loginFrom("10.0.0.99", `nobody${i}`, "x");
  expect((await loginFrom("10.0.0.99", "someone-else", "x")).errors?.[0]?.message).toMatch(/^Слишком много неудачных попыток/);
  expect((await loginFrom("10.0.0.98", "someone-else", "x")).errors?.[0]?.message).toBe("Неверный логин или пароль.");
});

test("an unknown login takes as long as a wrong password (a dummy argon2 check)", async () => {
  await proxied.signIn("OPERATOR", { login: "timing" });
  const time = async (name: string, i: number) => {
    const started = performance.now();
    await loginFrom(`10.1.${name.length}.${i}`, name, "wrong");
    return performance.now() - started;
  };
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  await time("warm-up", 0);
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 1; i <= 5; i++) {
    known.push(await time("timing", i));
    unknown.push(await time("no-such-user", i));
  }
  expect(median(unknown)).toBeGreaterThan(median(known) * 0.6);
});

test("a cookie-authenticated form or multipart post needs the CSRF header", async () => {
  const cookie = await t.signIn("OPERATOR");
  const form = new FormData();
  form.append("operations", JSON.stringify({ query: "mutation { logout }" }));
  form.append("map", "{}");
  const refused = await t.app.fetch("http://test/graphql", { method: "POST", body: form, headers: { cookie } });
  expect(refused.status).toBe(403);
  expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain("защита от CSRF");
  const allowed = await t.app.fetch("http://test/graphql", { method: "POST", body: form, headers: { cookie, "x-orientir-csrf": "1" } });
  expect(allowed.status).toBe(200);
});

test("the GraphQL ecosystem's standard preflight headers pass the CSRF check too", async () => {
  const cookie = await t.signIn("OPERATOR");
  const post = (headers: Record<string, string>) => {
    const form = new FormData();
    form.append("operations", JSON.stringify({ query: "{ me { role } }" }));
    form.append("map", "{}");
    return t.app.fetch("http://test/graphql", { method: "POST", body: form, headers: { cookie, ...headers } });
  };
  expect((await post({ "x-some-other-header": "1" })).status).toBe(403);
  for (const header of ["x-graphql-yoga-csrf", "apollo-require-preflight", "x-apollo-operation-name", "graphql-preflight"]) {
    const res = await post({ [header]: "1" });
    expect({ header, status: res.status }).toEqual({ header, status: 200 });
    expect(((await res.json()) as { data: { me: { role: string } } }).data.me.role).toBe("OPERATOR");
  }
});

test("logout ends the session on the server", async () => {
  const cookie = await t.signIn("DEPARTMENT");
  expect(dataOf(await t.gql<{ me: { role: string } }>(`{ me { role } }`, {}, cookie)).me.role).toBe("DEPARTMENT");
  dataOf(await t.gql(`mutation { logout }`, {}, cookie));
  expect(dataOf(await t.gql<{ me: null }>(`{ me { role } }`, {}, cookie)).me).toBeNull();
});
