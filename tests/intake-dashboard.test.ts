// Completeness per organization and direction, cross-element consistency, value history and the
// audit log — through GraphQL.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestApp, dataOf, fixtureMunicipality, type TestApp } from "./helpers/app.js";

const SET = `mutation($c: ID!, $o: ID!, $v: [DataValueInput!]!) { setDataValues(cycleId: $c, organizationId: $o, values: $v) { element } }`;
const COMPLETENESS = `query($c: ID!, $o: ID) { completeness(cycleId: $c, organizationId: $o) {
  organization { name } required filled percent missing isComplete deadlineStatus directions { code required filled missing } } }`;

interface CompletenessData {
  completeness: {
    organization: { name: string };
    required: number;
    filled: number;
    percent: number;
    missing: string[];
    isComplete: boolean;
    deadlineStatus: string;
    directions: { code: string; required: number; filled: number; missing: string[] }[];
  }[];
}

let t: TestApp;
let operator: string;
let cycleId: number;
let ids: Record<string, number>;
const school = () => ids["6627000001"] as number;

beforeAll(async () => {
  t = await createTestApp();
  operator = await t.signIn("OPERATOR");
  ({ cycleId, ids } = await fixtureMunicipality(t));
  const { defaultMethodology } = await import("../core/direction/methodology.js");
  await t.db.prisma.methodologyVersion.updateMany({ where: { cycleId }, data: { snapshot: defaultMethodology(t.registry) as never } });
});
afterAll(() => t.close());

test("an empty organization misses every element its indicators need", async () => {
  const { completeness } = dataOf(await t.gql<CompletenessData>(COMPLETENESS, { c: cycleId, o: school() }, operator));
  const [row] = completeness;
  expect(row?.filled).toBe(0);
  expect(row?.isComplete).toBe(false);
  expect(row?.deadlineStatus).toBe("OVERDUE");
  expect(row?.directions.map((d) => d.code)).toEqual(["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9"]);
  expect(row?.missing).toContain("gia11.graduates");
});

test("«no 11th grade» removes what it makes unnecessary", async () => {
  const before = dataOf(
    await t.gql<CompletenessData>(COMPLETENESS, { c: cycleId, o: school() }, operator),
  ).completeness[0]?.directions.find((d) => d.code === "D3");
  dataOf(
    await t.gql(
      SET,
      {
        c: cycleId,
        o: school(),
        v: [
          { element: "gia11.graduates", value: "0" },
          { element: "gia11.noCertificate", value: "0" },
          { element: "gia11.egeResults", value: "0" },
        ],
      },
      operator,
    ),
  );
  const after = dataOf(await t.gql<CompletenessData>(COMPLETENESS, { c: cycleId, o: school() }, operator)).completeness[0]?.directions.find(
    (d) => d.code === "D3",
  );
  expect(after?.missing).not.toContain("gia11.ege100");
  expect(after?.missing).not.toContain("gia11.graduates");
  expect(after?.required).toBeLessThan(before?.required ?? 0);
  expect(after?.filled).toBe(3);
});

test("a part larger than its whole is refused, naming both elements", async () => {
  dataOf(await t.gql(SET, { c: cycleId, o: school(), v: [{ element: "gia9.graduates", value: "20" }] }, operator));
  const res = await t.gql(SET, { c: cycleId, o: school(), v: [{ element: "gia9.noCertificate", value: "25" }] }, operator);
  expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(res.errors?.[0]?.message).toContain(
    "«ГИА-9: выпускники 9 классов, не получившие аттестат» (25) больше, чем «ГИА-9: число выпускников 9 классов» (20).",
  );
  expect(await t.db.prisma.dataValue.count({ where: { elementCode: "gia9.noCertificate" } })).toBe(0);
});

test("value history: before → after, who and how", async () => {
  dataOf(
    await t.gql(
      SET,
      { c: cycleId, o: school(), v: [{ element: "gia9.graduates", value: "21", comment: "уточнено по приказу" }] },
      operator,
    ),
  );
  const { valueHistory } = dataOf(
    await t.gql<{
      valueHistory: {
        action: string;
        before: string | null;
        after: string | null;
        actor: string;
        source: string;
        comment: string | null;
      }[];
    }>(
      `query($c: ID!, $o: ID!) { valueHistory(cycleId: $c, organizationId: $o, element: "gia9.graduates") { action before after actor source comment } }`,
      { c: cycleId, o: school() },
      operator,
    ),
  );
  expect(valueHistory.map((h) => [h.action, h.before, h.after, h.source, h.comment])).toEqual([
    ["value.set", null, "20", "MANUAL", null],
    ["value.set", "20", "21", "MANUAL", "уточнено по приказу"],
  ]);
  expect(valueHistory[0]?.actor).toMatch(/^Пользователь operator/);
});

test("the audit log is queryable by organization, element and user, newest first, paged", async () => {
  const page = dataOf(
    await t.gql<{
      auditEvents: {
        edges: { node: { action: string; actor: string; details: { element: string } } }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(
      `query($o: ID!) { auditEvents(organizationId: $o, element: "gia9.graduates", first: 1) { edges { node { action actor details } } pageInfo { hasNextPage } } }`,
      { o: school() },
      operator,
    ),
  );
  expect(page.auditEvents.edges[0]?.node).toMatchObject({ action: "value.set", details: { element: "gia9.graduates", after: "21" } });
  expect(page.auditEvents.pageInfo.hasNextPage).toBe(true);
  const leader = await t.signIn("LEADER", { organizationId: school() });
  expect((await t.gql(`{ auditEvents(first: 5) { edges { node { id } } } }`, {}, leader)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  const own = dataOf(await t.gql<CompletenessData>(COMPLETENESS, { c: cycleId }, leader));
  expect(own.completeness.map((c) => c.organization.name)).toEqual(["МАОУ «СОШ № 1»"]);
});

test("a value that jumps against last year is listed for the reviewer, with the factor from the methodology", async () => {
  const previous = await t.db.prisma.cycle.create({
    data: {
      municipalityId: t.municipalityId,
      year: 2024,
      title: "2024",
      periodStart: new Date("2024-01-01"),
      periodEnd: new Date("2024-12-31"),
      deadline: new Date("2025-02-01"),
      status: "ARCHIVED",
    },
  });
  await t.db.prisma.dataValue.create({
    data: { cycleId: previous.id, organizationId: school(), elementCode: "staff.teachers", value: "50" },
  });
  dataOf(await t.gql(SET, { c: cycleId, o: school(), v: [{ element: "staff.teachers", value: "160" }] }, operator));
  const query = `query($c: ID!) { valueOutliers(cycleId: $c) { organization { name } element message } }`;
  const flagged = dataOf(
    await t.gql<{ valueOutliers: { organization: { name: string }; element: string; message: string }[] }>(query, { c: cycleId }, operator),
  ).valueOutliers;
  expect(flagged).toEqual([
    {
      organization: { name: "МАОУ «СОШ № 1»" },
      element: "staff.teachers",
      message: "«Общая численность педагогических работников»: 160 против 50 в 2024 году (в 3,2 раза) — проверьте значение.",
    },
  ]);
  dataOf(
    await t.gql(
      `mutation($c: ID!) { updateMethodology(cycleId: $c, changes: { outlierFactor: 4 }) { version } }`,
      { c: cycleId },
      operator,
    ),
  );
  expect(dataOf(await t.gql<{ valueOutliers: unknown[] }>(query, { c: cycleId }, operator)).valueOutliers).toEqual([]);
});
