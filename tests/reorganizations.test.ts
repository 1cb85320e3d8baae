// Reorganizations and the comparison with the previous cycle: a JOIN keeps the survivor's
// dynamics, a MERGE makes them «не применимо: реорганизация»; links, past results and undo.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { createTestApp, dataOf, type TestApp } from "./helpers/app.js";

const VPR = (participants: number, marks2: number) => [
  { element: "vpr.participants", value: String(participants) },
  { element: "vpr.marks2", value: String(marks2) },
];
const REORGANIZE = `mutation($i: ReorganizationInput!) { reorganize(input: $i) { id kind date orderNumber predecessors { name } successors { id name isOpen } } }`;

describe("reorganizations", () => {
  let t: TestApp;
  let operator: string;
  const org: Record<string, string> = {};
  const cycles: Record<number, string> = {};

  const createOrg = async (name: string, inn?: string) =>
    dataOf(
      await t.gql<{ createOrganization: { id: string } }>(
        `mutation($n: String!, $inn: String) { createOrganization(input: { fullName: $n, shortName: $n, kind: SCHOOL, inn: $inn }) { id } }`,
        { n: name, inn },
        operator,
      ),
    ).createOrganization.id;
  const setValues = (year: number, o: string, values: { element: string; value: string }[]) =>
    t
      .gql(
        `mutation($c: ID!, $o: ID!, $v: [DataValueInput!]!) { setDataValues(cycleId: $c, organizationId: $o, values: $v) { element } }`,
        { c: cycles[year], o, v: values },
        operator,
      )
      .then(dataOf);
  const d32 = async (year: number, o: string) => {
    const res = dataOf(
      await t.gql<{ scorecard: { indicators: { code: string; status: string; explanation: string }[] } }>(
        `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { indicators { code status explanation } } }`,
        { c: cycles[year], o },
        operator,
      ),
    );
    return res.scorecard.indicators.find((i) => i.code === "D3.2");
  };

  beforeAll(async () => {
    t = await createTestApp({ directions: [achievementDirection] });
    operator = await t.signIn("OPERATOR");
    for (const name of ["Школа 1", "Школа 2", "Школа 3", "Школа 4"]) org[name] = await createOrg(name);
    for (const year of [2024, 2025]) {
      cycles[year] = dataOf(
        await t.gql<{ createCycle: { id: string } }>(
          `mutation($y: Int!) { createCycle(input: { year: $y }) { id } }`,
          { y: year },
          operator,
        ),
      ).createCycle.id;
      dataOf(
        await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: cycles[year] }, operator),
      );
    }
    for (const name of ["Школа 1", "Школа 2", "Школа 3", "Школа 4"]) await setValues(2024, org[name] as string, VPR(100, 20));
  });
  afterAll(() => t.close());

  test("JOIN: Школа 2 joins Школа 1; the survivor's dynamics still compare with its own last year", async () => {
    const join = dataOf(
      await t.gql<{ reorganize: { predecessors: { name: string }[]; successors: { name: string }[] } }>(
        REORGANIZE,
        { i: { kind: "JOIN", date: "2025-09-01", orderNumber: "305", organizationIds: [org["Школа 2"]], survivorId: org["Школа 1"] } },
        operator,
      ),
    );
    expect(join.reorganize).toMatchObject({ predecessors: [{ name: "Школа 2" }], successors: [{ name: "Школа 1", isOpen: true }] });
    const closed = dataOf(
      await t.gql<{ organization: { isOpen: boolean; closedOn: string; successors: { name: string }[] } }>(
        `query($o: ID!) { organization(id: $o) { isOpen closedOn successors { name } } }`,
        { o: org["Школа 2"] },
      ),
    );
    expect(closed.organization).toEqual({ isOpen: false, closedOn: "2025-09-01", successors: [{ name: "Школа 1" }] });

    await setValues(2025, org["Школа 1"] as string, VPR(200, 10));
    dataOf(await t.gql(`mutation($c: ID!) { scoreCycle(cycleId: $c) { id } }`, { c: cycles[2025] }, operator));
    expect(await d32(2025, org["Школа 1"] as string)).toMatchObject({ status: "SCORED" });
    expect((await d32(2025, org["Школа 1"] as string))?.explanation).toContain("20 % → 5 %");
  });

  test("MERGE: Школа 3 + Школа 4 → a new school; dynamics are «не применимо: реорганизация»", async () => {
    const merge = dataOf(
      await t.gql<{ reorganize: { id: string; successors: { id: string; name: string }[] } }>(
        REORGANIZE,
        {
          i: {
            kind: "MERGE",
            date: "2025-09-01",
            orderNumber: "306",
            organizationIds: [org["Школа 3"], org["Школа 4"]],
            newOrganizations: [{ fullName: "Школа 34", kind: "SCHOOL", inn: "7707083893" }],
          },
        },
        operator,
      ),
    );
    const merged = merge.reorganize.successors[0]?.id as string;
    org.merged = merged;
    await setValues(2025, merged, VPR(150, 15));
    dataOf(await t.gql(`mutation($c: ID!) { scoreCycle(cycleId: $c) { id } }`, { c: cycles[2025] }, operator));
    const score = await d32(2025, merged);
    expect(score?.status).toBe("NOT_APPLICABLE");
    expect(score?.explanation).toBe(
      "не применимо: реорганизация (слияние 01.09.2025, приказ № 306; из «Школа 3», «Школа 4») — сравнение с прошлым годом некорректно",
    );
    const card = dataOf(
      await t.gql<{ organization: { predecessors: { name: string }[]; reorganizations: { kind: string }[] } }>(
        `query($o: ID!) { organization(id: $o) { predecessors { name } reorganizations { kind } } }`,
        { o: merged },
      ),
    );
    expect(card.organization).toEqual({ predecessors: [{ name: "Школа 3" }, { name: "Школа 4" }], reorganizations: [{ kind: "MERGE" }] });
  });

  test("the card shows the predecessors' past results", async () => {
    dataOf(await t.gql(`mutation($c: ID!) { scoreCycle(cycleId: $c) { id } }`, { c: cycles[2024] }, operator));
    const res = dataOf(
      await t.gql<{ organization: { pastResults: { cycle: { year: number }; organization: { name: string } }[] } }>(
        `query($o: ID!) { organization(id: $o) { pastResults { cycle { year } organization { name } } } }`,
        { o: org.merged },
        operator,
      ),
    );
    expect(res.organization.pastResults.map((r) => `${r.cycle.year} ${r.organization.name}`)).toEqual([
      "2025 Школа 34",
      "2024 Школа 3",
      "2024 Школа 4",
    ]);
  });

  test("RENAME keeps the organization; undo restores what a reorganization changed", async () => {
    const rename = dataOf(
      await t.gql<{ reorganize: { id: string } }>(
        REORGANIZE,
        { i: { kind: "RENAME", date: "2025-10-01", organizationIds: [org["Школа 1"]], newFullName: "Лицей 1" } },
        operator,
      ),
    );
    expect(
      dataOf(await t.gql<{ organization: { name: string } }>(`query($o: ID!) { organization(id: $o) { name } }`, { o: org["Школа 1"] }))
        .organization.name,
    ).toBe("Лицей 1");
    dataOf(await t.gql(`mutation($id: ID!) { undoReorganization(id: $id) { isUndone } }`, { id: rename.reorganize.id }, operator));
    expect(
      dataOf(await t.gql<{ organization: { name: string } }>(`query($o: ID!) { organization(id: $o) { name } }`, { o: org["Школа 1"] }))
        .organization.name,
    ).toBe("Школа 1");

    // The merged school already has data of its own: its merge cannot be undone silently.
    const merge = await t.db.prisma.reorganization.findFirstOrThrow({ where: { kind: "MERGE" } });
    const refused = await t.gql(`mutation($id: ID!) { undoReorganization(id: $id) { isUndone } }`, { id: String(merge.id) }, operator);
    expect(refused.errors?.[0]?.message).toContain("у созданной организации «Школа 34» уже есть данные");

    const join = await t.db.prisma.reorganization.findFirstOrThrow({ where: { kind: "JOIN" } });
    dataOf(await t.gql(`mutation($id: ID!) { undoReorganization(id: $id) { isUndone } }`, { id: String(join.id) }, operator));
    const reopened = dataOf(
      await t.gql<{ organization: { isOpen: boolean; successors: unknown[] } }>(
        `query($o: ID!) { organization(id: $o) { isOpen successors { id } } }`,
        { o: org["Школа 2"] },
      ),
    );
    expect(reopened.organization).toEqual({ isOpen: true, successors: [] });
    expect(await t.db.prisma.auditEvent.count({ where: { action: "reorganization.undo" } })).toBe(2);
  });

  test("outliers skip the merged schools with a reason, and still compare the others", async () => {
    await setValues(2025, org["Школа 3"] as string, VPR(100, 90));
    await setValues(2025, org["Школа 2"] as string, VPR(100, 80));
    const res = dataOf(
      await t.gql<{ valueOutliers: { organization: { name: string }; element: string; message: string }[] }>(
        `query($c: ID!) { valueOutliers(cycleId: $c) { organization { name } element message } }`,
        { c: cycles[2025] },
        operator,
      ),
    );
    const of = (name: string) => res.valueOutliers.filter((o) => o.organization.name === name).map((o) => o.message);
    expect(of("Школа 3")).toEqual([
      "«Школа 3»: сравнение с 2024 годом не проводится — реорганизация (слияние 01.09.2025, приказ № 306; вошла в «Школа 34»).",
    ]);
    expect(of("Школа 34")).toEqual([
      "«Школа 34»: сравнение с 2024 годом не проводится — реорганизация (слияние 01.09.2025, приказ № 306; из «Школа 3», «Школа 4»).",
    ]);
    expect(of("Школа 2")).toEqual([expect.stringContaining("80 против 20 в 2024 году (в 4,0 раза)")]);
  });

  test.each([
    [{ kind: "MERGE", organizationIds: ["1"], newOrganizations: [] }, "не менее двух организаций"],
    [{ kind: "JOIN", organizationIds: ["1"] }, "к которой присоединяют"],
    [{ kind: "SPLIT", organizationIds: ["1"], newOrganizations: [{ fullName: "X", kind: "SCHOOL" }] }, "не менее двух новых"],
    [{ kind: "RENAME", organizationIds: ["1"] }, "новое полное наименование"],
  ])("refused: %j", async (input, message) => {
    const res = await t.gql(REORGANIZE, { i: { date: "2025-09-01", ...input } }, operator);
    expect(res.errors?.[0]?.message).toContain(message);
  });
});
