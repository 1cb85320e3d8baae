// The reference flow through GraphQL: create a cycle, enter values, score, read the scorecard and
// the ratings. Numbers are computed by hand in the comments.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createOrganization, createTestApp, dataOf, type TestApp } from "./helpers/app.js";

const SCHOOL_VALUES: Record<string, Record<string, string>> = {
  A: {
    "vpr.participants": "200",
    "vpr.marks2": "10",
    "vpr.basicTasksPercent": "62",
    "vpr.advancedTasksPercent": "31",
    "gia9.graduates": "50",
    "gia9.noCertificate": "0",
    "gia9.ogeResults": "100",
    "gia9.ogeMarks2": "3",
    "gia9.honors": "2",
    "gia11.graduates": "20",
    "gia11.noCertificate": "0",
    "gia11.egeResults": "60",
    "gia11.ege81to100": "12",
    "gia11.ege100": "1",
    "gia11.medals": "2",
    "olymp.regionalWinners": "2",
    "olymp.finalWinners": "0",
  },
  B: {
    "vpr.participants": "100",
    "vpr.marks2": "20",
    "vpr.basicTasksPercent": "55",
    "vpr.advancedTasksPercent": "29",
    "gia9.graduates": "40",
    "gia9.noCertificate": "1",
    "gia9.ogeResults": "80",
    "gia9.ogeMarks2": "12",
    "gia9.honors": "0",
    "gia11.graduates": "0",
    "gia11.noCertificate": "0",
    "gia11.egeResults": "0",
    "gia11.ege81to100": "0",
    "gia11.ege100": "0",
    "gia11.medals": "0",
    "olymp.regionalWinners": "0",
    "olymp.finalWinners": "0",
  },
  C: {
    "vpr.participants": "150",
    "vpr.marks2": "15",
    "vpr.basicTasksPercent": "60",
    "vpr.advancedTasksPercent": "28,5",
    "gia9.graduates": "30",
    "gia9.noCertificate": "0",
    "gia9.ogeResults": "60",
    "gia9.ogeMarks2": "6",
    "gia9.honors": "1",
    "gia11.graduates": "10",
    "gia11.noCertificate": "1",
    "gia11.egeResults": "30",
    "gia11.ege81to100": "3",
    "gia11.ege100": "0",
    "gia11.medals": "0",
    "olymp.regionalWinners": "4",
    "olymp.finalWinners": "1",
  },
};

interface IndicatorRow {
  code: string;
  value: string | null;
  points: number | null;
  maxPoints: number;
  status: string;
  explanation: string;
  usedInRating: boolean;
}
interface ScorecardData {
  scorecard: {
    totalPercent: number;
    level: string;
    rank: number | null;
    organization: { name: string };
    leader: { fullName: string } | null;
    directions: { code: string; points: number; maxPoints: number; percent: number }[];
    indicators: IndicatorRow[];
    recommendations: { indicatorCode: string | null; text: string }[];
  };
}
const indicatorsByCode = (rows: IndicatorRow[]) => Object.fromEntries(rows.map((i) => [i.code, i]));

const SCORECARD = `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) {
  totalPercent level rank organization { name } leader { fullName }
  directions { code points maxPoints percent }
  indicators { code value points maxPoints status explanation usedInRating }
  recommendations { indicatorCode text } } }`;

describe("setDataValues → scoreCycle → scorecard → ratings", () => {
  let t: TestApp;
  let operator: string;
  let cycleId: string;
  const orgs: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp({ directions: [achievementDirection] });
    operator = await t.signIn("OPERATOR");
    for (const name of ["A", "B", "C"])
      orgs[name] = await createOrganization(t, { shortName: `Школа ${name}`, kind: "SCHOOL", leader: `Директорова ${name} Ивановна` });
    orgs.K = await createOrganization(t, { shortName: "Детский сад К", kind: "PRESCHOOL" });
    const created = dataOf(
      await t.gql<{ createCycle: { id: string; deadline: string; status: string } }>(
        `mutation { createCycle(input: { year: 2025 }) { id deadline status } }`,
        {},
        operator,
      ),
    );
    cycleId = created.createCycle.id;
    expect(created.createCycle).toMatchObject({ deadline: "2026-02-01", status: "DRAFT" });
    dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: cycleId }, operator));
    for (const name of ["A", "B", "C"]) {
      const values = Object.entries(SCHOOL_VALUES[name] ?? {}).map(([element, value]) => ({ element, value }));
      dataOf(
        await t.gql(
          `mutation($c: ID!, $o: ID!, $v: [DataValueInput!]!) { setDataValues(cycleId: $c, organizationId: $o, values: $v) { element value } }`,
          { c: cycleId, o: orgs[name], v: values },
          operator,
        ),
      );
    }
    dataOf(
      await t.gql(
        `mutation($c: ID!, $o: ID!) { setDataValues(cycleId: $c, organizationId: $o, values: [{ element: "preschool.pupilsAssessed", value: "100" }, { element: "preschool.pupilsOptimal", value: "72" }]) { element } }`,
        { c: cycleId, o: orgs.K },
        operator,
      ),
    );
    dataOf(await t.gql(`mutation($c: ID!) { scoreCycle(cycleId: $c) { id } }`, { c: cycleId }, operator));
  });
  afterAll(() => t.close());

  test("values are stored canonically (decimal comma → dot)", async () => {
    const res = dataOf(
      await t.gql<{ dataValues: { element: string; value: string }[] }>(
        `query($c: ID!, $o: ID!) { dataValues(cycleId: $c, organizationId: $o) { element value } }`,
        { c: cycleId, o: orgs.C },
        operator,
      ),
    );
    expect(res.dataValues.find((v) => v.element === "vpr.advancedTasksPercent")?.value).toBe("28.5");
  });

  test("school A: hand-computed scorecard", async () => {
    const { scorecard } = dataOf(await t.gql<ScorecardData>(SCORECARD, { c: cycleId, o: orgs.A }, operator));
    const byCode = indicatorsByCode(scorecard.indicators);
    // ОГЭ «2»: A 3 %, B 15 %, C 10 % → mean 9,33 %; A is more than 5 п.п. below.
    expect(byCode["D3.6"]).toMatchObject({ value: "3", points: 2, status: "SCORED" });
    expect(byCode["D3.6"]?.explanation).toBe("доля «2» = 3 %, среднее по группе = 9,33 % (±5 п.п.): ниже среднего → 2 балла");
    expect(byCode["D3.8"]).toMatchObject({ value: "20", points: 2 });
    expect(byCode["D3.10"]).toMatchObject({ points: 2, maxPoints: 9 });
    expect(byCode["D3.11"]).toMatchObject({ points: 2 });
    expect(byCode["D3.9"]).toMatchObject({ points: 1, maxPoints: 3 });
    // ВПР informs, does not rank: scored but kept out of the total.
    expect(byCode["D3.1"]).toMatchObject({ points: 2, usedInRating: false });
    expect(byCode["D3.2"]).toMatchObject({ status: "NOT_APPLICABLE", explanation: "не применимо: нет значения за прошлый год" });
    // 2+2+2+2+1+2+2 = 13 of 22 → 59,1 %
    expect(scorecard.directions).toEqual([{ code: "D3", points: 13, maxPoints: 22, percent: 59.1 }]);
    expect(scorecard).toMatchObject({
      totalPercent: 59.1,
      level: "MEDIUM",
      rank: 1,
      organization: { name: "Школа A" },
      leader: { fullName: "Директорова A Ивановна" },
    });
  });

  test("school B: not-applicable indicators leave the denominator; deficits give recommendations", async () => {
    const { scorecard } = dataOf(await t.gql<ScorecardData>(SCORECARD, { c: cycleId, o: orgs.B }, operator));
    const byCode = indicatorsByCode(scorecard.indicators);
    expect(byCode["D3.5"]).toMatchObject({ status: "NOT_APPLICABLE", explanation: "не применимо: нет 11 класса", points: null });
    expect(byCode["D3.4"]).toMatchObject({ value: "2,5", points: 0 });
    expect(byCode["D3.4"]?.explanation).toBe("доля без аттестата = 2,5 %, выше шкалы (до 2 %) → 0 баллов");
    expect(scorecard.directions[0]).toMatchObject({ points: 0, maxPoints: 15, percent: 0 });
    expect(scorecard.level).toBe("LOW");
    const d34 = scorecard.recommendations.find((r) => r.indicatorCode === "D3.4");
    expect(d34?.text).toContain("2,5 %");
    expect(scorecard.recommendations.some((r) => r.indicatorCode === null && r.text.includes("ниже 50 %"))).toBe(true);
  });

  test("ratings rank within the organization kind, best first", async () => {
    const res = dataOf(
      await t.gql<{ ratings: { rank: number; totalPercent: number; level: string; organization: { name: string } }[] }>(
        `query($c: ID!) { ratings(cycleId: $c) { rank totalPercent level organization { name } } }`,
        { c: cycleId },
        operator,
      ),
    );
    expect(res.ratings).toEqual([
      { rank: 1, totalPercent: 59.1, level: "MEDIUM", organization: { name: "Школа A" } },
      { rank: 2, totalPercent: 45.5, level: "LOW", organization: { name: "Школа C" } },
      { rank: 3, totalPercent: 0, level: "LOW", organization: { name: "Школа B" } },
      { rank: 1, totalPercent: 100, level: "HIGH", organization: { name: "Детский сад К" } },
    ]);
    const preschools = dataOf(
      await t.gql<{ ratings: unknown[] }>(`query($c: ID!) { ratings(cycleId: $c, kind: PRESCHOOL) { rank } }`, { c: cycleId }, operator),
    );
    expect(preschools.ratings).toEqual([{ rank: 1 }]);
  });

  test("re-scoring after a correction changes only what the data changes", async () => {
    dataOf(
      await t.gql(
        `mutation($c: ID!, $o: ID!) { setDataValues(cycleId: $c, organizationId: $o, values: [{ element: "gia9.noCertificate", value: "0" }]) { element } }`,
        { c: cycleId, o: orgs.B },
        operator,
      ),
    );
    dataOf(await t.gql(`mutation($c: ID!) { scoreCycle(cycleId: $c) { id } }`, { c: cycleId }, operator));
    const { scorecard } = dataOf(await t.gql<ScorecardData>(SCORECARD, { c: cycleId, o: orgs.B }, operator));
    expect(scorecard.directions[0]).toMatchObject({ points: 2, maxPoints: 15, percent: 13.3 });
    const audit = await t.db.prisma.auditEvent.findMany({
      where: { action: "value.set", organizationId: orgs.B, details: { path: ["element"], equals: "gia9.noCertificate" } },
    });
    expect(audit.at(-1)?.details).toMatchObject({ before: "1", after: "0" });
  });

  test("a scoring run reports its progress under the client's key, to that user only", async () => {
    dataOf(await t.gql(`mutation($c: ID!) { scoreCycle(cycleId: $c, progressKey: "score-1") { id } }`, { c: cycleId }, operator));
    const query = `{ scoringProgress(key: "score-1") { stage done total } }`;
    const { scoringProgress } = dataOf(
      await t.gql<{ scoringProgress: { stage: string; done: number; total: number } }>(query, {}, operator),
    );
    expect(scoringProgress).toEqual({ stage: "done", done: 4, total: 4 });
    const other = await t.signIn("OPERATOR", { login: "operator-2" });
    expect(dataOf(await t.gql<{ scoringProgress: null }>(query, {}, other)).scoringProgress).toBeNull();
  });
});
