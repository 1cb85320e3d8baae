// The audit log without a cycle filter keeps a municipal account inside its municipality: an
// operator of A reads A's events and nothing of B; regional staff read both.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestApp, dataOf, type TestApp } from "./helpers/app.js";

let t: TestApp;
let regional = "";
let operatorA = "";
let departmentB = "";
let municipalityB = 0;

const LOG = `{ auditEvents(first: 50) { edges { node { action entity organizationId cycleId } } } }`;
type Log = {
  auditEvents: { edges: { node: { action: string; entity: string; organizationId: number | null; cycleId: number | null } }[] };
};
const CREATE = `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`;

beforeAll(async () => {
  t = await createTestApp({ directions: [] });
  const prisma = t.db.prisma;
  municipalityB = (await prisma.municipality.create({ data: { name: "Округ Б", region: "Свердловская область" } })).id;
  regional = await t.signIn("OPERATOR", { login: "regional" });
  operatorA = await t.signIn("OPERATOR", { login: "operator-a" });
  departmentB = await t.signIn("DEPARTMENT", { login: "department-b" });
  await prisma.user.update({ where: { login: "operator-a" }, data: { municipalityId: t.municipalityId } });
  await prisma.user.update({ where: { login: "department-b" }, data: { municipalityId: municipalityB } });
  // Changes made through the API by regional staff in both municipalities.
  dataOf(await t.gql(CREATE, { i: { fullName: "Школа А", kind: "SCHOOL", municipalityId: String(t.municipalityId) } }, regional));
  dataOf(await t.gql(CREATE, { i: { fullName: "Школа Б", kind: "SCHOOL", municipalityId: String(municipalityB) } }, regional));
  dataOf(
    await t.gql(
      `mutation($m: ID!) { createCycle(input: { year: 2025, municipalityId: $m }) { id } }`,
      { m: String(municipalityB) },
      regional,
    ),
  );
  // A change made by an account of B that names neither a cycle nor an organization.
  dataOf(await t.gql(`mutation { changePassword(currentPassword: "secret", newPassword: "другой-пароль-1") }`, {}, departmentB));
});
afterAll(() => t.close());

const organizationsOf = async (municipalityId: number) =>
  (await t.db.prisma.organization.findMany({ where: { municipalityId }, select: { id: true } })).map((o) => o.id);

test("an operator of A reads only A's events when no cycle is given", async () => {
  const own = await organizationsOf(t.municipalityId);
  const events = dataOf(await t.gql<Log>(LOG, {}, operatorA)).auditEvents.edges.map((e) => e.node);
  expect(events.some((e) => e.action === "organization.create" && own.includes(e.organizationId as number))).toBe(true);
  const foreign = await organizationsOf(municipalityB);
  const cyclesB = (await t.db.prisma.cycle.findMany({ where: { municipalityId: municipalityB } })).map((c) => c.id);
  expect(events.filter((e) => foreign.includes(e.organizationId as number) || cyclesB.includes(e.cycleId as number))).toEqual([]);
  // B's department changed its password (no cycle, no organization): not A's business.
  expect(events.filter((e) => e.action === "user.passwordChange")).toEqual([]);
  // A's own sign-in (made by an account of A) stays visible.
  expect(events.some((e) => e.action === "auth.login")).toBe(true);
});

test("regional staff read both municipalities; filters still apply", async () => {
  const all = dataOf(await t.gql<Log>(LOG, {}, regional)).auditEvents.edges.map((e) => e.node);
  const foreign = await organizationsOf(municipalityB);
  expect(all.some((e) => foreign.includes(e.organizationId as number))).toBe(true);
  expect(all.some((e) => e.action.startsWith("cycle.") && e.cycleId !== null)).toBe(true);
  expect(all.some((e) => e.action === "user.passwordChange")).toBe(true);
  const [orgB] = foreign;
  const refused = await t.gql<Log>(
    `query($o: ID!) { auditEvents(organizationId: $o, first: 5) { edges { node { action } } } }`,
    { o: String(orgB) },
    operatorA,
  );
  expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
});
