// A ФИС ОКО workbook saved by LibreOffice Calc (tests/fixtures/libreoffice/make-fis-oko.ts) goes
// through importFile(VPR_RESULTS): the school whose scores were pushed over the boundaries and
// whose journal marks were inflated has boundary-peak and journal signals with their numbers and
// loses D5 points naming them; the two objective schools of the same files have none.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { achievementDirection } from "../plugins/achievement/index.js";
import { objectivityDirection } from "../plugins/objectivity/index.js";
import { FIS_OKO_FILES, FIS_OKO_SCHOOLS } from "./fixtures/libreoffice/make-fis-oko.js";
import { createOrganization, createTestApp, dataOf, type TestApp, upload } from "./helpers/app.js";

const IMPORT = `mutation($c: ID!, $file: File!) { importFile(cycleId: $c, kind: VPR_RESULTS, file: $file) { rowsTotal rowsImported errors { row message } } }`;
type Signal = {
  organization: { name: string };
  kind: string;
  isRaised: boolean;
  pValue: number | null;
  value: number | null;
  explanation: string;
};

let t: TestApp;
let operator: string;
let cycleId: string;
const ids: Record<string, number> = {};
let signals: Signal[] = [];

beforeAll(async () => {
  t = await createTestApp({ directions: [achievementDirection, objectivityDirection] });
  operator = await t.signIn("OPERATOR");
  for (const s of FIS_OKO_SCHOOLS) {
    ids[s.login] = await createOrganization(t, { shortName: s.name, kind: "SCHOOL" });
    await t.db.prisma.organization.update({ where: { id: ids[s.login] }, data: { fisOkoLogin: s.login } });
  }
  cycleId = dataOf(await t.gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2025 }) { id } }`, {}, operator))
    .createCycle.id;
  dataOf(await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: cycleId }, operator));
});
afterAll(() => t.close());

test("both LibreOffice workbooks import every work", async () => {
  for (const f of FIS_OKO_FILES) {
    const bytes = readFileSync(path.join(import.meta.dirname, "fixtures/libreoffice", `${f.name}.xlsx`));
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const res = await upload<{ importFile: unknown }>(t, IMPORT, { c: cycleId }, { name: `${f.name}.xlsx`, bytes }, operator);
    expect(res.data?.importFile).toEqual({ rowsTotal: 180, rowsImported: 180, errors: [] });
  }
  signals = dataOf(
    await t.gql<{ objectivitySignals: Signal[] }>(
      `query($c: ID!) { objectivitySignals(cycleId: $c) { organization { name } kind isRaised pValue value explanation } }`,
      { c: cycleId },
      operator,
    ),
  ).objectivitySignals;
});

test("the manipulated school has boundary-peak and journal signals with their numbers; the objective ones none", () => {
  const raised = (name: string) =>
    signals.filter(
      (s) => s.organization.name === name && s.isRaised && ["BOUNDARY_PEAK", "JOURNAL_LOWERED", "JOURNAL_GAPS2"].includes(s.kind),
    );
  expect(raised("МАОУ «СОШ № 31»")).toEqual([]);
  expect(raised("МАОУ «СОШ № 32»")).toEqual([]);
  const bad = raised("МАОУ «СОШ № 33»");
  const peaks = bad.filter((s) => s.kind === "BOUNDARY_PEAK");
  expect(peaks.length).toBeGreaterThan(0);
  for (const p of peaks) {
    expect(p.pValue).toBeLessThan(0.05);
    expect(p.explanation).toMatch(/^5 кл\., (русский язык|математика): распределение первичных баллов \(60 работ\): у границы «\d»/);
  }
  const journal = bad.find((s) => s.kind === "JOURNAL_LOWERED");
  expect(journal?.value).toBeGreaterThan(30);
  expect(journal?.explanation).toMatch(/по муниципалитету [\d,]+ %, по региону [\d,]+ %/);
});

test("D5 loses points for the manipulated school and says which signal; the objective ones keep theirs", async () => {
  dataOf(await t.gql(`mutation($c: ID!) { scoreCycle(cycleId: $c) { id } }`, { c: cycleId }, operator));
  const card = async (login: string) =>
    dataOf(
      await t.gql<{ scorecard: { indicators: { code: string; points: number | null; maxPoints: number; explanation: string }[] } }>(
        `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { indicators { code points maxPoints explanation } } }`,
        { c: cycleId, o: ids[login] },
        operator,
      ),
    ).scorecard.indicators.filter((i) => ["D5.2", "D5.3", "D5.4"].includes(i.code));
  const bad = await card("edu660303");
  const d54 = bad.find((i) => i.code === "D5.4");
  expect(d54?.points).toBe(0);
  expect(d54?.explanation).toMatch(/сигналы: 5 кл\., .*у границы «\d»/);
  expect(bad.find((i) => i.code === "D5.2")?.explanation).toContain("не подтвердили (понизили)");
  for (const login of ["edu660301", "edu660302"]) {
    const clean = await card(login);
    expect(clean.find((i) => i.code === "D5.4")).toMatchObject({ points: 1 });
  }
});
