// Account administration: create with a temporary password, change role and organization,
// deactivate, reset a password; the user's own password change. Sessions end where they must.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createOrganization, createTestApp, dataOf, type TestApp } from "./helpers/app.js";

let t: TestApp;
let admin: string;
let school: number;

const loginAs = async (login: string, password: string) => {
  const res = await t.app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($l: String!, $p: String!) { login(login: $l, password: $p) { role } }`,
      variables: { l: login, p: password },
    }),
  });
  const body = (await res.json()) as { data?: { login: { role: string } }; errors?: { message: string }[] };
  return { body, cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] as string };
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn("ADMIN");
  school = await createOrganization(t, { shortName: "Школа № 7", kind: "SCHOOL" });
});
afterAll(() => t.close());

test("an administrator creates a head's account; the temporary password works once given", async () => {
  const created = dataOf(
    await t.gql<{ createUser: { user: { login: string; role: string; organization: { name: string } }; temporaryPassword: string } }>(
      `mutation($o: ID!) { createUser(input: { login: "Petrova", fullName: "Петрова Анна Ивановна", role: LEADER, organizationId: $o }) { user { login role organization { name } } temporaryPassword } }`,
      { o: school },
      admin,
    ),
  );
  expect(created.createUser.user).toEqual({ login: "petrova", role: "LEADER", organization: { name: "Школа № 7" } });
  expect((await loginAs("petrova", created.createUser.temporaryPassword)).body.data?.login.role).toBe("LEADER");
  const duplicate = await t.gql(
    `mutation { createUser(input: { login: "petrova", fullName: "X", role: EXPERT }) { temporaryPassword } }`,
    {},
    admin,
  );
  expect(duplicate.errors?.[0]?.message).toBe("Логин «petrova» уже занят.");
  const noOrg = await t.gql(
    `mutation { createUser(input: { login: "head2", fullName: "X", role: LEADER }) { temporaryPassword } }`,
    {},
    admin,
  );
  expect(noOrg.errors?.[0]?.message).toBe("Для руководителя укажите его организацию.");
});

test("changing one's password ends the other sessions; a reset ends them all", async () => {
  const { temporaryPassword } = dataOf(
    await t.gql<{ createUser: { temporaryPassword: string } }>(
      `mutation { createUser(input: { login: "expert1", fullName: "Эксперт", role: EXPERT }) { temporaryPassword } }`,
      {},
      admin,
    ),
  ).createUser;
  const first = await loginAs("expert1", temporaryPassword);
  const second = await loginAs("expert1", temporaryPassword);
  const short = await t.gql(
    `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "short") }`,
    { c: temporaryPassword },
    first.cookie,
  );
  expect(short.errors?.[0]?.message).toBe("Пароль должен быть не короче 8 символов.");
  dataOf(
    await t.gql(
      `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "новый-пароль-2026") }`,
      { c: temporaryPassword },
      first.cookie,
    ),
  );
  expect(dataOf(await t.gql<{ me: { login: string } | null }>(`{ me { login } }`, {}, first.cookie)).me?.login).toBe("expert1");
  expect(dataOf(await t.gql<{ me: null }>(`{ me { login } }`, {}, second.cookie)).me).toBeNull();
  expect((await loginAs("expert1", "новый-пароль-2026")).body.data?.login.role).toBe("EXPERT");

  const id = (await t.db.prisma.user.findUniqueOrThrow({ where: { login: "expert1" } })).id;
  const reset = dataOf(
    await t.gql<{ resetPassword: string }>(`mutation($u: ID!) { resetPassword(userId: $u) }`, { u: id }, admin),
  ).resetPassword;
  expect(dataOf(await t.gql<{ me: null }>(`{ me { login } }`, {}, first.cookie)).me).toBeNull();
  expect((await loginAs("expert1", reset)).body.data?.login.role).toBe("EXPERT");
});

test("a deactivated account cannot log in and loses its sessions; only an administrator manages accounts", async () => {
  const { temporaryPassword } = dataOf(
    await t.gql<{ createUser: { temporaryPassword: string } }>(
      `mutation { createUser(input: { login: "dept1", fullName: "Управление", role: DEPARTMENT }) { temporaryPassword } }`,
      {},
      admin,
    ),
  ).createUser;
  const session = await loginAs("dept1", temporaryPassword);
  const id = (await t.db.prisma.user.findUniqueOrThrow({ where: { login: "dept1" } })).id;
  expect((await t.gql(`{ users { login } }`, {}, session.cookie)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  dataOf(await t.gql(`mutation($u: ID!) { updateUser(id: $u, input: { isActive: false }) { isActive } }`, { u: id }, admin));
  expect(dataOf(await t.gql<{ me: null }>(`{ me { login } }`, {}, session.cookie)).me).toBeNull();
  expect((await loginAs("dept1", temporaryPassword)).body.errors?.[0]?.message).toBe("Неверный логин или пароль.");
  const actions = (await t.db.prisma.auditEvent.findMany({ where: { entity: "User" }, select: { action: true } })).map((a) => a.action);
  expect(actions).toEqual(expect.arrayContaining(["user.create", "user.update", "user.passwordReset", "user.passwordChange"]));
});
