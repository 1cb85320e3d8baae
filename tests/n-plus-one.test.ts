// A page of organizations with their current heads costs the same number of SQL statements
// whatever the page size: Pothos folds the nested selections into the page query.
import { afterAll, beforeAll, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createOrganization, createTestApp, dataOf, type TestApp } from "./helpers/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ directions: [achievementDirection] });
  for (let i = 1; i <= 25; i++)
    await createOrganization(t, { shortName: `Школа № ${i}`, kind: "SCHOOL", leader: `Фамилия${i} Имя Отчество` });
});
afterAll(() => t.close());

const PAGE = `query($n: Int!) { organizations(first: $n) {
  edges { node { id name kind currentLeader { id fullName } appointments { position leader { fullName } } } }
  pageInfo { hasNextPage endCursor } } }`;

async function statementsFor(first: number) {
  t.db.queries.length = 0;
  const data = dataOf(
    await t.gql<{ organizations: { edges: { node: { currentLeader: { fullName: string } | null } }[] } }>(PAGE, { n: first }),
  );
  expect(data.organizations.edges).toHaveLength(first);
  expect(data.organizations.edges.every((e) => e.node.currentLeader !== null)).toBe(true);
  return t.db.queries.filter((q) => /^\s*SELECT/i.test(q)).length;
}

test("organizations → current leader and appointments: constant SQL statements per page", async () => {
  const small = await statementsFor(2);
  const large = await statementsFor(20);
  expect(large).toBe(small);
  expect(large).toBeLessThanOrEqual(6);
});

test("cursor pagination walks every organization once", async () => {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page++) {
    const res: { organizations: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = dataOf(
      await t.gql(
        `query($a: String) { organizations(first: 10, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { a: after },
      ),
    );
    seen.push(...res.organizations.edges.map((e) => e.node.id));
    if (!res.organizations.pageInfo.hasNextPage) break;
    after = res.organizations.pageInfo.endCursor;
  }
  expect(seen).toHaveLength(25);
  expect(new Set(seen).size).toBe(25);
});

test("review progress of every organization: a bounded number of SQL statements", async () => {
  const operator = await t.signIn("OPERATOR", { login: "n1-operator" });
  const cycle = dataOf(await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, operator))
    .createCycle.id;
  t.db.queries.length = 0;
  const items = dataOf(
    await t.gql<{ reviewItems: { organization: { name: string }; expertName: string | null }[] }>(
      `query($c: ID!) { reviewItems(cycleId: $c) { direction status expertName organization { id name kind } } }`,
      { c: cycle },
      operator,
    ),
  ).reviewItems;
  expect(items).toHaveLength(25);
  expect(t.db.queries.filter((q) => /^\s*SELECT/i.test(q)).length).toBeLessThanOrEqual(12);
});

/** SELECT statements that one GraphQL request costs. */
async function selectsOf<T>(query: string, variables: Record<string, unknown>, cookie: string, check: (data: T) => void) {
  t.db.queries.length = 0;
  check(dataOf(await t.gql<T>(query, variables, cookie)));
  return t.db.queries.filter((q) => /^\s*SELECT/i.test(q)).length;
}

test("leaders → appointments → organization: constant SQL statements per page", async () => {
  const operator = await t.signIn("OPERATOR", { login: "n1-leaders" });
  const query = `query($n: Int!) { leaders(first: $n) { edges { node { id fullName accountLogin
    appointments { position isActing organization { id name } } } } pageInfo { hasNextPage } } }`;
  type Data = { leaders: { edges: { node: { appointments: unknown[] } }[] } };
  const count = (n: number) =>
    selectsOf<Data>(query, { n }, operator, (d) => {
      expect(d.leaders.edges).toHaveLength(n);
      expect(d.leaders.edges.every((e) => e.node.appointments.length > 0)).toBe(true);
    });
  const small = await count(2);
  expect(await count(20)).toBe(small);
});

test("audit events: constant SQL statements per page", async () => {
  const operator = await t.signIn("OPERATOR", { login: "n1-audit" });
  await t.db.prisma.auditEvent.createMany({
    data: Array.from({ length: 25 }, (_, i) => ({ action: "test.event", entity: "Organization", entityId: String(i) })),
  });
  const query = `query($n: Int!) { auditEvents(first: $n) { edges { node { id at action entity actor details } } pageInfo { hasNextPage } } }`;
  type Data = { auditEvents: { edges: unknown[] } };
  const count = (n: number) => selectsOf<Data>(query, { n }, operator, (d) => expect(d.auditEvents.edges).toHaveLength(n));
  const small = await count(2);
  expect(await count(20)).toBe(small);
});

// Last: it adds organizations to the municipality.
test("completeness of every organization: the same SQL statements for 25 and 35 organizations", async () => {
  const operator = await t.signIn("OPERATOR", { login: "n1-completeness" });
  const cycle = dataOf(await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2026 }) { id } }`, {}, operator))
    .createCycle.id;
  const query = `query($c: ID!) { completeness(cycleId: $c) { organization { id name kind } required filled percent missing
    directions { code required filled } deadlineStatus } }`;
  const count = (n: number) =>
    selectsOf<{ completeness: unknown[] }>(query, { c: cycle }, operator, (d) => expect(d.completeness).toHaveLength(n));
  const before = await count(25);
  for (let i = 26; i <= 35; i++)
    await createOrganization(t, { shortName: `Школа № ${i}`, kind: "SCHOOL", leader: `Фамилия${i} Имя Отчество` });
  expect(await count(35)).toBe(before);
});
