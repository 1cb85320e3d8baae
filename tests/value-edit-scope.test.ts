// What the data-entry form may change comes from the API (valueEditScope), by the same rule as
// setDataValues: the operator everything, a head their organization's values while collecting and
// afterwards only what an expert returned, an expert only the judgements of their directions.
import { afterAll, beforeAll, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { managementDirection } from "../plugins/management/index.js";
import { createOrganization, createTestApp, dataOf, type TestApp } from "./helpers/app.js";

const SCOPE = `query($c: ID!, $o: ID!) { valueEditScope(cycleId: $c, organizationId: $o) { elements canAttachDocuments lockedReason } }`;
type Scope = { valueEditScope: { elements: string[]; canAttachDocuments: boolean; lockedReason: string | null } };

let t: TestApp;
let operator: string;
let head: string;
let expert: string;
let expertId: string;
let cycleId: string;
let school: number;
const scopeOf = async (who: string) => dataOf(await t.gql<Scope>(SCOPE, { c: cycleId, o: school }, who)).valueEditScope;

beforeAll(async () => {
  t = await createTestApp({ directions: [achievementDirection, managementDirection] });
  operator = await t.signIn("OPERATOR");
  school = await createOrganization(t, { shortName: "Школа", kind: "SCHOOL" });
  head = await t.signIn("LEADER", { organizationId: school });
  expert = await t.signIn("EXPERT", { login: "expert" });
  expertId = dataOf(await t.gql<{ me: { id: string } }>("{ me { id } }", {}, expert)).me.id;
  cycleId = dataOf(
    await t.gql<{ createCycle: { id: string } }>(
      `mutation { createCycle(input: { year: 2025, deadline: "2099-02-01" }) { id } }`,
      {},
      operator,
    ),
  ).createCycle.id;
  dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: cycleId }, operator));
});
afterAll(() => t.close());

test("the operator may change every element of the organization's kind, the head their own values but not the expert's", async () => {
  const all = await scopeOf(operator);
  expect(all.elements).toContain("gia9.graduates");
  expect(all.elements).toContain("website.itemsChecked");
  expect(all.elements).not.toContain("preschool.pupilsAssessed");
  expect(all.lockedReason).toBeNull();
  const own = await scopeOf(head);
  expect(own.elements).toContain("gia9.graduates");
  expect(own.elements).not.toContain("website.itemsChecked");
  expect(own.canAttachDocuments).toBe(true);
});

test("an expert may change only the judgements of the directions assigned to them", async () => {
  const refused = await t.gql(SCOPE, { c: cycleId, o: school }, expert);
  expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  dataOf(
    await t.gql(
      `mutation($c: ID!, $e: ID!, $o: [ID!]!) { assignExpert(cycleId: $c, expertId: $e, organizationIds: $o, directions: ["D2"]) }`,
      { c: cycleId, e: expertId, o: [school] },
      operator,
    ),
  );
  const judged = await scopeOf(expert);
  expect(judged.elements.sort()).toEqual(["website.itemsChecked", "website.itemsComplete"]);
  expect(judged.canAttachDocuments).toBe(false);
});

test("in review a head may change only what was returned, and is told why otherwise", async () => {
  dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: REVIEW) { status } }`, { c: cycleId }, operator));
  const locked = await scopeOf(head);
  expect(locked.elements).toEqual([]);
  expect(locked.lockedReason).toMatch(/возвращённые экспертом/);
  dataOf(
    await t.gql(
      `mutation($c: ID!, $o: ID!) { returnDirection(cycleId: $c, organizationId: $o, direction: "D3", elements: ["gia9.graduates"], reason: "Сверьте с ОО-1") { status } }`,
      { c: cycleId, o: school },
      operator,
    ),
  );
  const returned = await scopeOf(head);
  expect(returned.elements).toEqual(["gia9.graduates"]);
  expect(returned.lockedReason).toBeNull();
});

test("an element names the whole it may not exceed", async () => {
  const { dataElements } = dataOf(
    await t.gql<{ dataElements: { code: string; partOf: string | null }[] }>("{ dataElements { code partOf } }"),
  );
  expect(dataElements.find((e) => e.code === "gia9.noCertificate")?.partOf).toBe("gia9.graduates");
  expect(dataElements.find((e) => e.code === "gia9.graduates")?.partOf).toBeNull();
});
