// Sessions: login throttling, CSRF protection for cookie sessions on non-JSON posts, logout.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestApp, dataOf, listen, type TestApp } from "./helpers/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (name: string, password: string) =>
  t.gql<{ login: { login: string } }>(`mutation($l: String!, $p: String!) { login(login: $l, password: $p) { login } }`, {
    l: name,
    p: password,
  });

test("five failed logins pause the account; the right password is refused during the pause", async () => {
  await t.signIn("OPERATOR", { login: "ivanova" });
  for (let i = 0; i < 5; i++) expect((await login("ivanova", "wrong")).errors?.[0]?.message).toBe("Неверный логин или пароль.");
  const paused = await login("Ivanova", "secret");
  expect(paused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  expect(paused.errors?.[0]?.message).toMatch(/^Слишком много неудачных попыток входа\. Повторите через 1[45] мин\./);
  expect(await t.db.prisma.auditEvent.count({ where: { action: "auth.login.failed" } })).toBe(5);
  expect((await login("другой", "secret")).errors?.[0]?.message).toBe("Неверный логин или пароль.");
});

test("failed logins from one address pause that address for every account", async () => {
  const http = await listen(t);
  try {
    const post = (name: string) =>
      fetch(`${http.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `mutation($l: String!) { login(login: $l, password: "x") { login } }`, variables: { l: name } }),
      }).then((r) => r.json() as Promise<{ errors: { message: string }[] }>);
    for (let i = 0; i < 5; i++) await post(`nobody${i}`);
    expect((await post("someone-else")).errors[0]?.message).toMatch(/^Слишком много неудачных попыток входа/);
  } finally {
    await http.close();
  }
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

test("logout ends the session on the server", async () => {
  const cookie = await t.signIn("DEPARTMENT");
  expect(dataOf(await t.gql<{ me: { role: string } }>(`{ me { role } }`, {}, cookie)).me.role).toBe("DEPARTMENT");
  dataOf(await t.gql(`mutation { logout }`, {}, cookie));
  expect(dataOf(await t.gql<{ me: null }>(`{ me { role } }`, {}, cookie)).me).toBeNull();
});
