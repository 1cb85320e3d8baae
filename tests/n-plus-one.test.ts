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
