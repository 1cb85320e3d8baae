// The region side by side (`regionalOverview`): each municipality's latest cycle, status,
// completeness, mean total and levels for regional staff; a municipal operator sees only theirs;
// results of an unpublished cycle only for those who may read them.
import { afterAll, beforeAll, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createOrganization, createTestApp, dataOf, type TestApp } from "./helpers/app.js";

const OVERVIEW = `{ regionalOverview { municipality { name } openOrganizations cycle { year status } completenessPercent
  scoredOrganizations meanTotalPercent levels { high medium low } } }`;
interface Row {
  municipality: { name: string };
  openOrganizations: number;
  cycle: { year: number; status: string } | null;
  completenessPercent: number | null;
  scoredOrganizations: number | null;
  meanTotalPercent: number | null;
  levels: { high: number; medium: number; low: number } | null;
}

let t: TestApp;
let regional = "";
let operatorA = "";
let cycleA = "";

beforeAll(async () => {
  t = await createTestApp({ directions: [achievementDirection] });
  await t.db.prisma.municipality.create({ data: { name: "Алапаевск", region: "Свердловская область" } });
  regional = await t.signIn("OPERATOR", { login: "regional" });
  operatorA = await t.signIn("OPERATOR", { login: "operator-a" });
  await t.db.prisma.user.update({ where: { login: "operator-a" }, data: { municipalityId: t.municipalityId } });
  const orgs = [
    await createOrganization(t, { shortName: "Школа 1", kind: "SCHOOL" }),
    await createOrganization(t, { shortName: "Школа 2", kind: "SCHOOL" }),
  ];
  cycleA = dataOf(await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, operatorA))
    .createCycle.id;
  dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: cycleA }, operatorA));
  for (const [i, o] of orgs.entries())
    dataOf(
      await t.gql(
        `mutation($c: ID!, $o: ID!, $v: [DataValueInput!]!) { setDataValues(cycleId: $c, organizationId: $o, values: $v) { element } }`,
        {
          c: cycleA,
          o: String(o),
          v: [
            { element: "vpr.participants", value: "100" },
            { element: "vpr.marks2", value: String(5 + 20 * i) },
          ],
        },
        operatorA,
      ),
    );
  dataOf(await t.gql(`mutation($c: ID!) { scoreCycle(cycleId: $c) { id } }`, { c: cycleA }, operatorA));
});
afterAll(() => t.close());

test("regional staff see every municipality side by side", async () => {
  const rows = dataOf(await t.gql<{ regionalOverview: Row[] }>(OVERVIEW, {}, regional)).regionalOverview;
  expect(rows.map((r) => r.municipality.name)).toEqual(["Алапаевск", "Тестовый округ"]);
  expect(rows[0]).toEqual({
    municipality: { name: "Алапаевск" },
    openOrganizations: 0,
    cycle: null,
    completenessPercent: null,
    scoredOrganizations: null,
    meanTotalPercent: null,
    levels: null,
  });
  const a = rows[1] as Row;
  expect(a).toMatchObject({ openOrganizations: 2, cycle: { year: 2025, status: "COLLECTING" }, scoredOrganizations: 2 });
  expect(a.completenessPercent).toBeGreaterThan(0);
  expect(a.completenessPercent).toBeLessThan(100);
  const results = await t.db.prisma.organizationResult.findMany({ where: { cycleId: Number(cycleA) } });
  const mean = results.reduce((s, r) => s + (r.totalPercent ?? 0), 0) / results.length;
  expect(a.meanTotalPercent).toBeCloseTo(mean, 1);
  const count = (level: string) => results.filter((r) => r.level === level).length;
  expect(a.levels).toEqual({ high: count("HIGH"), medium: count("MEDIUM"), low: count("LOW") });
});

test("a municipal operator sees their own municipality only; a head is refused", async () => {
  const rows = dataOf(await t.gql<{ regionalOverview: Row[] }>(OVERVIEW, {}, operatorA)).regionalOverview;
  expect(rows.map((r) => r.municipality.name)).toEqual(["Тестовый округ"]);
  const head = await t.signIn("LEADER");
  expect((await t.gql(OVERVIEW, {}, head)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
});
