// objectivitySignals through GraphQL: ФИС ОКО workbooks of three schools (one with scores pushed
// over the boundaries and inflated journal marks) are imported; the signals carry their numbers,
// follow the access rules of the values they read, and D5 loses points naming the signal.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateSchool } from "../bench/objectivity/generator.js";
import { fisOkoWorkbook } from "../bench/objectivity/workbook.js";
import { achievementDirection } from "../plugins/achievement/index.js";
import { objectivityDirection } from "../plugins/objectivity/index.js";
import { createOrganization, createTestApp, dataOf, type TestApp, upload } from "./helpers/app.js";

const IMPORT = `mutation($c: ID!, $file: File!) { importFile(cycleId: $c, kind: VPR_RESULTS, file: $file) { rowsImported errors { row message } } }`;
const SIGNALS = `query($c: ID!, $o: ID) { objectivitySignals(cycleId: $c, organizationId: $o) {
  organization { id name } year grade subject className kind value threshold sampleSize reliability isRaised pValue explanation details } }`;

interface SignalRow {
  organization: { id: string; name: string };
  year: number;
  grade: number;
  subject: string;
  className: string | null;
  kind: string;
  value: number | null;
  threshold: number | null;
  sampleSize: number;
  reliability: string;
  isRaised: boolean;
  pValue: number | null;
  explanation: string;
  details: { histogram?: number[]; boundaries?: { mark: number; boundary: number }[]; lowered?: number } | null;
}

const SCHOOLS = [
  { login: "sch660001", name: "Школа 1", manipulation: "none" as const, seed: 21, years: [2025, 2024] },
  { login: "sch660002", name: "Школа 2", manipulation: "none" as const, seed: 22, years: [2025, 2024] },
  { login: "sch660003", name: "Школа 3", manipulation: "both" as const, seed: 23, years: [2025, 2024] },
  // A 1 : 1 reorganization: «Школа 5» (results of 2024) became «Школа 4» (results of 2025).
  { login: "sch660004", name: "Школа 4", manipulation: "none" as const, seed: 24, years: [2025] },
  { login: "sch660005", name: "Школа 5", manipulation: "none" as const, seed: 24, years: [2024] },
];

describe("objectivitySignals", () => {
  let t: TestApp;
  let operator: string;
  let cycleId: string;
  const ids: Record<string, number> = {};
  let signals: SignalRow[] = [];

  beforeAll(async () => {
    // The ВПР format is contributed by the achievement direction; objectivity reads it too.
    t = await createTestApp({ directions: [achievementDirection, objectivityDirection] });
    operator = await t.signIn("OPERATOR");
    for (const s of SCHOOLS) {
      ids[s.login] = await createOrganization(t, { shortName: s.name, kind: "SCHOOL" });
      await t.db.prisma.organization.update({ where: { id: ids[s.login] }, data: { fisOkoLogin: s.login } });
    }
    cycleId = dataOf(await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, operator))
      .createCycle.id;
    dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: cycleId }, operator));
    const previousCycle = dataOf(
      await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2024 }) { id } }`, {}, operator),
    ).createCycle.id;
    dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: previousCycle }, operator));
    const generated = SCHOOLS.map((s) => ({
      ...s,
      generated: generateSchool({ seed: s.seed, manipulation: s.manipulation, studentsPerGrade: 60, grades: [5] }).years,
    }));
    await t.db.prisma.reorganization.create({
      data: {
        kind: "MERGE",
        date: new Date("2025-01-15"),
        details: {},
        links: { create: [{ predecessorId: ids.sch660005 as number, successorId: ids.sch660004 as number }] },
      },
    });
    for (const [index, cycle] of [cycleId, previousCycle].entries()) {
      const year = 2025 - index;
      const schools = generated
        .filter((g) => g.years.includes(year))
        .map((g) => ({ login: g.login, records: g.generated[index]?.records ?? [] }));
      for (const subject of ["Русский язык", "Математика"]) {
        const bytes = await fisOkoWorkbook({ year, grade: 5, subject, schools });
        const res = await upload<{ importFile: { rowsImported: number; errors: unknown[] } }>(
          t,
          IMPORT,
          { c: cycle },
          { name: `vpr-5-${subject}.xlsx`, bytes },
          operator,
        );
        expect(res.data?.importFile).toMatchObject({ rowsImported: 240, errors: [] });
      }
    }
    signals = dataOf(await t.gql<{ objectivitySignals: SignalRow[] }>(SIGNALS, { c: cycleId }, operator)).objectivitySignals;
  });
  afterAll(() => t.close());

  const of = (login: string) => signals.filter((s) => s.organization.id === String(ids[login]));

  test("every organization × grade × subject has its signals, with numbers, sample size and reliability", () => {
    const school = of("sch660001");
    for (const subject of ["Русский язык", "Математика"]) {
      for (const kind of ["JOURNAL_LOWERED", "JOURNAL_GAPS2", "BOUNDARY_PEAK", "SHARE2_DYNAMICS"]) {
        const s = school.find((x) => x.subject === subject && x.kind === kind);
        expect(s, `${subject} ${kind}`).toBeDefined();
        expect(s).toMatchObject({ year: 2025, grade: 5, sampleSize: 60 });
      }
    }
    const peak = school.find((x) => x.kind === "BOUNDARY_PEAK");
    expect(peak).toMatchObject({ reliability: "informative", threshold: 0.05 });
    expect(peak?.details?.histogram?.reduce((a, b) => a + b, 0)).toBe(60);
    const dynamics = school.find((x) => x.kind === "SHARE2_DYNAMICS");
    expect(dynamics?.value).not.toBeNull();
    expect(dynamics?.explanation).toMatch(/доля «2» по годам 2024 — [\d,]+ % \(\d+ из 60\), 2025 — /);
    expect(
      school
        .filter((x) => x.kind === "MARK_SHARE_CAP")
        .map((x) => x.className)
        .sort(),
    ).toEqual(["5А", "5А", "5Б", "5Б"]);
  });

  test("the share of «2» dynamics follows a 1 : 1 reorganization to the predecessor's results", () => {
    const dynamics = of("sch660004").filter((s) => s.kind === "SHARE2_DYNAMICS");
    expect(dynamics).toHaveLength(2);
    for (const d of dynamics) {
      expect(d.value).not.toBeNull();
      expect(d.explanation).toMatch(/доля «2» по годам 2024 — [\d,]+ % \(\d+ из 60\), 2025 — /);
    }
  });

  test("the manipulated school has boundary-peak and journal signals with their numbers; the clean ones have none", () => {
    const raised = (login: string) =>
      of(login).filter((s) => s.isRaised && ["BOUNDARY_PEAK", "JOURNAL_LOWERED", "JOURNAL_GAPS2"].includes(s.kind));
    expect(raised("sch660001")).toEqual([]);
    expect(raised("sch660002")).toEqual([]);
    expect(raised("sch660004")).toEqual([]);
    const bad = raised("sch660003");
    expect(bad.some((s) => s.kind === "BOUNDARY_PEAK")).toBe(true);
    expect(bad.some((s) => s.kind === "JOURNAL_LOWERED")).toBe(true);
    const peak = bad.find((s) => s.kind === "BOUNDARY_PEAK");
    expect(peak?.pValue).toBeLessThan(0.05);
    expect(peak?.explanation).toMatch(/^5 кл\., (русский язык|математика): распределение первичных баллов \(60 работ\): у границы «3»/);
    const journal = bad.find((s) => s.kind === "JOURNAL_LOWERED");
    expect(journal?.value).toBeGreaterThan(30);
    expect(journal?.explanation).toMatch(/по муниципалитету [\d,]+ %, по региону [\d,]+ %/);
  });

  test("D5 loses points only where a signal is raised, and the explanation names it", async () => {
    dataOf(await t.gql(`mutation($c: ID!) { scoreCycle(cycleId: $c) { id } }`, { c: cycleId }, operator));
    const card = async (login: string) =>
      dataOf(
        await t.gql<{ scorecard: { indicators: { code: string; points: number | null; explanation: string }[] } }>(
          `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { indicators { code points explanation } } }`,
          { c: cycleId, o: ids[login] },
          operator,
        ),
      ).scorecard.indicators;
    const bad = await card("sch660003");
    const d54 = bad.find((i) => i.code === "D5.4");
    expect(d54?.points).toBe(0);
    expect(d54?.explanation).toMatch(/сигналы: 5 кл\., .*у границы «\d»/);
    const d52 = bad.find((i) => i.code === "D5.2");
    expect(d52?.explanation).toContain("не подтвердили (понизили)");
    const clean = await card("sch660001");
    expect(clean.find((i) => i.code === "D5.4")).toMatchObject({ points: 1 });
    expect(clean.find((i) => i.code === "D5.4")?.explanation).not.toContain("сигналы");
  });

  test("the operator sets mark-share limits per subject and cycle; the signal reads them", async () => {
    const SET = `mutation($c: ID!, $s: String!, $a: Float!, $b: Float!, $d: Float!) {
      setObjectivityMarkLimits(cycleId: $c, subject: $s, max4: $a, max5: $b, min2: $d) { subject max4 max5 min2 isDefault } }`;
    const bad = await t.gql(SET, { c: cycleId, s: "Математика", a: 140, b: 10, d: 0 }, operator);
    expect(bad.errors?.[0]?.message).toBe("Предел доли «4» — число от 0 до 100 %.");
    const head = await t.signIn("LEADER", { organizationId: ids.sch660002 });
    expect((await t.gql(SET, { c: cycleId, s: "Математика", a: 100, b: 100, d: 0 }, head)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const saved = dataOf(
      await t.gql<{ setObjectivityMarkLimits: unknown }>(SET, { c: cycleId, s: "Математика", a: 100, b: 100, d: 0 }, operator),
    );
    expect(saved.setObjectivityMarkLimits).toEqual({ subject: "Математика", max4: 100, max5: 100, min2: 0, isDefault: false });
    const after = dataOf(await t.gql<{ objectivitySignals: SignalRow[] }>(SIGNALS, { c: cycleId }, operator)).objectivitySignals;
    const caps = after.filter((s) => s.kind === "MARK_SHARE_CAP" && s.subject === "Математика");
    expect(caps.length).toBeGreaterThan(0);
    expect(caps.every((s) => !s.isRaised && s.explanation.includes("«5» не более 100 %"))).toBe(true);
    expect(
      after.some((s) => s.kind === "MARK_SHARE_CAP" && s.subject === "Русский язык" && s.explanation.includes("«5» не более 50 %")),
    ).toBe(true);
    expect(await t.db.prisma.auditEvent.count({ where: { action: "objectivity.markLimits" } })).toBe(1);
  });

  test("the same access rules as the values read: own organization for a head, D5 for an expert, nobody anonymous", async () => {
    const head = await t.signIn("LEADER", { organizationId: ids.sch660001 });
    const own = dataOf(await t.gql<{ objectivitySignals: SignalRow[] }>(SIGNALS, { c: cycleId }, head)).objectivitySignals;
    expect(new Set(own.map((s) => s.organization.name))).toEqual(new Set(["Школа 1"]));
    const other = await t.gql(SIGNALS, { c: cycleId, o: ids.sch660003 }, head);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(other.errors?.[0]?.message).toContain("Сигналы объективности организации доступны");
    expect((await t.gql(SIGNALS, { c: cycleId })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const expert = await t.signIn("EXPERT");
    expect(dataOf(await t.gql<{ objectivitySignals: SignalRow[] }>(SIGNALS, { c: cycleId }, expert)).objectivitySignals).toEqual([]);
    const expertId = (await t.db.prisma.user.findFirstOrThrow({ where: { role: "EXPERT" } })).id;
    await t.db.prisma.expertAssignment.create({
      data: { expertId, cycleId: Number(cycleId), organizationId: ids.sch660003 as number, directionCode: "D5" },
    });
    const assigned = dataOf(await t.gql<{ objectivitySignals: SignalRow[] }>(SIGNALS, { c: cycleId }, expert)).objectivitySignals;
    expect(new Set(assigned.map((s) => s.organization.name))).toEqual(new Set(["Школа 3"]));
  });
});
