// Reports, publication and open data on the demo municipality, through HTTP and GraphQL: the
// documents are read back (DOCX → PDF with LibreOffice → pdftotext; XLSX with exceljs) and the
// public paths are probed against an unpublished cycle.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDemo } from "../core/demo/load-demo.js";
import { createLogger } from "../core/logger.js";
import { ANALYTICAL_SECTIONS } from "../core/services/reports/analytical-report.js";
import { CARD_SECTIONS } from "../core/services/reports/leader-card.js";
import { convertWithLibreOffice, findLibreOffice } from "../core/services/reports/libreoffice.js";
import { createTestApp, dataOf, listen, type TestApp } from "./helpers/app.js";

let t: TestApp;
let server: { url: string; close(): Promise<void> };
let operator: string;
let leader: string;
let cycles: { id: string; year: number; status: string }[];
let scored: { id: string };
let published: { id: string };
let leaderOrg: number;
const dir = mkdtempSync(path.join(tmpdir(), "orientir-reports-"));
// The PDFs are kept beside the browser tests' screenshots, to be looked at; the folder is not in git.
const SHOTS = path.resolve(import.meta.dirname, "screenshots");
mkdirSync(SHOTS, { recursive: true });
const PLANTED = '=HYPERLINK("http://evil","x")';

const get = (p: string, cookie?: string) => fetch(`${server.url}${p}`, { headers: cookie ? { cookie } : {} });
const pdfText = (pdf: Buffer, name: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
};

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo({ prisma: t.db.prisma, registry: t.registry, municipalityId: t.municipalityId, logger: createLogger("silent") });
  server = await listen(t);
  operator = await t.signIn("OPERATOR");
  cycles = dataOf(await t.gql<{ cycles: typeof cycles }>("{ cycles { id year status } }", {}, operator)).cycles;
  scored = cycles.find((c) => c.status === "SCORED") as { id: string };
  published = cycles.find((c) => c.status === "PUBLISHED") as { id: string };
  const row = await t.db.prisma.organizationResult.findFirstOrThrow({
    where: { cycleId: Number(scored.id), rank: { not: null } },
    orderBy: { id: "asc" },
  });
  leaderOrg = row.organizationId;
  leader = await t.signIn("LEADER", { organizationId: leaderOrg });
  // A name that a spreadsheet would run as a formula, planted through the API.
  const org = dataOf(
    await t.gql<{ organization: { fullName: string; shortName: string; kind: string } }>(
      `query($id: ID!) { organization(id: $id) { fullName shortName kind } }`,
      { id: String(leaderOrg) },
      operator,
    ),
  ).organization;
  const update = await t.gql(
    `mutation($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`,
    { id: String(leaderOrg), input: { fullName: org.fullName, shortName: PLANTED, kind: org.kind } },
    operator,
  );
  expect(update.errors).toBeUndefined();
}, 180_000);

afterAll(async () => {
  await server?.close();
  await t?.close();
});

describe("documents", () => {
  test("the analytical report converts to PDF with LibreOffice and has every section", async () => {
    const response = await get(`/reports/cycles/${scored.id}/analytical.docx`, operator);
    expect(response.status).toBe(200);
    const docx = Buffer.from(await response.arrayBuffer());
    const soffice = findLibreOffice();
    expect(soffice).not.toBeNull();
    const pdf = await convertWithLibreOffice({ soffice: soffice as string, docx });
    const text = pdfText(pdf, "analytical.pdf");
    writeFileSync(path.join(SHOTS, "analytical.pdf"), pdf);
    expect(text).toContain("АНАЛИТИЧЕСКАЯ СПРАВКА");
    for (const section of ANALYTICAL_SECTIONS) expect(text).toContain(section);
    expect(text).toMatch(/Страница 1 из \d+/);
  }, 120_000);

  test("the PDF fallback (pdfkit, embedded font) has the same sections", async () => {
    process.env.REPORTS_PDF_ENGINE = "pdfkit";
    try {
      const response = await get(`/reports/cycles/${scored.id}/analytical.pdf`, operator);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const pdf = Buffer.from(await response.arrayBuffer());
      writeFileSync(path.join(SHOTS, "analytical-pdfkit.pdf"), pdf);
      const text = pdfText(pdf, "fallback.pdf");
      for (const section of ANALYTICAL_SECTIONS) expect(text).toContain(section);
    } finally {
      delete process.env.REPORTS_PDF_ENGINE;
    }
  }, 60_000);

  test("the head downloads their own card (PDF through LibreOffice) and not another's", async () => {
    const own = await get(`/reports/cycles/${scored.id}/organizations/${leaderOrg}/card.pdf`, leader);
    expect(own.status).toBe(200);
    const pdf = Buffer.from(await own.arrayBuffer());
    writeFileSync(path.join(SHOTS, "card.pdf"), pdf);
    const text = pdfText(pdf, "card.pdf");
    for (const section of CARD_SECTIONS) expect(text).toContain(section);
    // Before publication a head sees no total (as in GraphQL): the card says so.
    expect(text).toContain("станут доступны после публикации");
    const other = await t.db.prisma.organizationResult.findFirstOrThrow({
      where: { cycleId: Number(scored.id), organizationId: { not: leaderOrg } },
    });
    const refused = await get(`/reports/cycles/${scored.id}/organizations/${other.organizationId}/card.docx`, leader);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/недоступн/);
  }, 120_000);

  test("rating.xlsx parses back into the numbers of the ratings query; planted formulas stay text", async () => {
    const response = await get(`/reports/cycles/${scored.id}/rating.xlsx`, operator);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const api = dataOf(
      await t.gql<{ ratings: { rank: number; totalPercent: number; organization: { shortName: string } }[] }>(
        `query($c: ID!) { ratings(cycleId: $c) { rank totalPercent organization { shortName } } }`,
        { c: scored.id },
        operator,
      ),
    ).ratings;
    const rows: { rank: number; name: string; total: number }[] = [];
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      sheet.eachRow((row, n) => {
        if (n > 1)
          rows.push({ rank: row.getCell(1).value as number, name: row.getCell(2).value as string, total: row.getCell(4).value as number });
      });
    }
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(3);
    expect(rows.length).toBe(api.length);
    expect(rows.map((r) => [r.rank, r.name, r.total]).sort()).toEqual(
      api.map((r) => [r.rank, r.organization.shortName, r.totalPercent]).sort(),
    );
    const planted = rows.find((r) => r.name === PLANTED);
    expect(planted).toBeDefined();
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula ?? null).toBeNull()));
  }, 60_000);

  test("values.xlsx: values and points equal the scorecard's, with completeness and the audit", async () => {
    const response = await get(`/reports/cycles/${scored.id}/values.xlsx`, operator);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Значения и баллы", "Полнота данных", "Журнал изменений"]);
    const card = dataOf(
      await t.gql<{ scorecard: { indicators: { code: string; points: number | null }[] } }>(
        `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { indicators { code points } } }`,
        { c: scored.id, o: String(leaderOrg) },
        operator,
      ),
    ).scorecard;
    const sheet = workbook.getWorksheet("Значения и баллы");
    const fromSheet = new Map<string, number | null>();
    sheet?.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === PLANTED)
        fromSheet.set(row.getCell(4).value as string, (row.getCell(8).value as number | null) ?? null);
    });
    expect(fromSheet.size).toBe(card.indicators.length);
    for (const i of card.indicators) expect(fromSheet.get(i.code)).toBe(i.points);
    expect((await get(`/reports/cycles/${scored.id}/values.xlsx`, leader)).status).toBe(403);
  }, 60_000);

  test("bad input: unknown ids are 404 in Russian, anonymous readers of an unpublished cycle get 401", async () => {
    const missing = await get("/reports/cycles/999999/analytical.docx", operator);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("Цикл мониторинга не найден.");
    expect((await get(`/reports/cycles/${scored.id}/organizations/999999/card.docx`, operator)).status).toBe(404);
    expect((await get("/reports/cycles/99999999999/rating.xlsx", operator)).status).toBe(404);
    expect((await get(`/reports/cycles/${scored.id}/unknown.docx`, operator)).status).toBe(404);
  });
});

describe("publication", () => {
  const PUBLISH = `mutation($c: ID!, $input: PublicationInput!) { publishCycle(cycleId: $c, input: $input) { showLevel showTotal rows { organizationName level totalPercent leaderName directions { code } } } }`;

  test("nothing of an unpublished cycle is reachable anonymously", async () => {
    for (const p of [
      `/reports/cycles/${scored.id}/analytical.docx`,
      `/reports/cycles/${scored.id}/analytical.pdf`,
      `/reports/cycles/${scored.id}/rating.xlsx`,
      `/reports/cycles/${scored.id}/values.xlsx`,
      `/reports/cycles/${scored.id}/organizations/${leaderOrg}/card.docx`,
      `/reports/cycles/${scored.id}/organizations/${leaderOrg}/card.pdf`,
    ])
      expect([401, 403], p).toContain((await get(p)).status);
    for (const p of [`/open-data/cycles/${scored.id}/results.csv`, `/open-data/cycles/${scored.id}/results.json`])
      expect((await get(p)).status, p).toBe(404);
    const answer = await t.gql<{ publication: unknown; publications: { cycle: { id: string } }[] }>(
      `query($c: ID!) { publication(cycleId: $c) { showLevel } publications { cycle { id } } }`,
      { c: scored.id },
    );
    expect(answer.data?.publication).toBeNull();
    expect(answer.data?.publications.map((p) => p.cycle.id)).not.toContain(scored.id);
  });

  test("the preview shows exactly the chosen fields; publishing does the same and is audited", async () => {
    const input = { showLevel: true, showTotal: false, showDirections: false, showLeaderName: false, showAnalyticalReport: true };
    const preview = dataOf(
      await t.gql<{
        publicationPreview: {
          isPreview: boolean;
          rows: { level: string | null; totalPercent: number | null; leaderName: string | null }[];
        };
      }>(
        `query($c: ID!, $input: PublicationInput!) { publicationPreview(cycleId: $c, input: $input) { isPreview rows { level totalPercent leaderName } } }`,
        { c: scored.id, input },
        operator,
      ),
    ).publicationPreview;
    expect(preview.isPreview).toBe(true);
    expect(preview.rows.every((r) => r.level !== null && r.totalPercent === null && r.leaderName === null)).toBe(true);
    expect((await t.gql(PUBLISH, { c: scored.id, input }, leader)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const saved = dataOf(
      await t.gql<{ publishCycle: { rows: { level: string | null; totalPercent: number | null; directions: unknown }[] } }>(
        PUBLISH,
        { c: scored.id, input },
        operator,
      ),
    ).publishCycle;
    expect(saved.rows.length).toBeGreaterThan(0);
    expect(saved.rows.every((r) => r.level && r.totalPercent === null && r.directions === null)).toBe(true);
    const cycle = dataOf(
      await t.gql<{ cycle: { status: string } }>(`query($c: ID!) { cycle(id: $c) { status } }`, { c: scored.id }, operator),
    ).cycle;
    expect(cycle.status).toBe("PUBLISHED");
    expect(await t.db.prisma.auditEvent.count({ where: { cycleId: Number(scored.id), action: "publication.publish" } })).toBe(1);

    const json = (await (await get(`/open-data/cycles/${scored.id}/results.json`)).json()) as { rows: Record<string, unknown>[] };
    expect(Object.keys(json.rows[0] ?? {}).sort()).toEqual(["kind", "level", "organizationId", "organizationName"]);
    const bytes = Buffer.from(await (await get(`/open-data/cycles/${scored.id}/results.csv`)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString("utf8");
    expect(csv.split("\r\n")[0]).toBe("Организация;Вид;Уровень");
    expect(csv).toContain(`'${PLANTED.replace(/"/g, '""')}`.slice(0, 12));
    // GraphQL without signing in follows the same choice: no places or totals, no directions, no names.
    const ratings = await t.gql(`query($c: ID!) { ratings(cycleId: $c) { rank } }`, { c: scored.id });
    expect(ratings.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(ratings.errors?.[0]?.message).toMatch(/не опубликованы/);
    const card = dataOf(
      await t.gql<{
        scorecard: Record<string, unknown> & { directions: unknown[]; indicators: unknown[]; history: Record<string, unknown>[] };
      }>(
        `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) {
           totalPercent rank level leader { fullName } directions { code } indicators { code } groupMeans { code }
           history { cycleId totalPercent level } } }`,
        { c: scored.id, o: String(leaderOrg) },
      ),
    ).scorecard;
    expect(card).toMatchObject({ totalPercent: null, rank: null, leader: null, directions: [], indicators: [], groupMeans: [] });
    expect(card.level).not.toBeNull();
    expect(card.history.find((h) => h.cycleId === scored.id)).toMatchObject({ totalPercent: null });
    // Signed in, the same cycle reads in full.
    const full = dataOf(
      await t.gql<{ scorecard: { totalPercent: number | null; leader: unknown; directions: unknown[] } }>(
        `query($c: ID!, $o: ID!) { scorecard(cycleId: $c, organizationId: $o) { totalPercent leader { fullName } directions { code } } }`,
        { c: scored.id, o: String(leaderOrg) },
        leader,
      ),
    ).scorecard;
    expect(full.totalPercent).not.toBeNull();
    expect(full.leader).not.toBeNull();
    expect(full.directions.length).toBe(9);
    // The analytical report is public; the rating (totals are not published) and the cards are not.
    expect((await get(`/reports/cycles/${scored.id}/analytical.docx`)).status).toBe(200);
    expect((await get(`/reports/cycles/${scored.id}/rating.xlsx`)).status).toBe(401);
    expect((await get(`/reports/cycles/${scored.id}/organizations/${leaderOrg}/card.docx`)).status).toBe(401);
  }, 60_000);

  test("stepping back from PUBLISHED removes the publication, audited", async () => {
    const back = await t.gql(
      `mutation($c: ID!) { setCycleStatus(cycleId: $c, status: SCORED, reason: "Ошибка в данных") { status } }`,
      { c: scored.id },
      operator,
    );
    expect(back.errors).toBeUndefined();
    expect(await t.db.prisma.publication.count({ where: { cycleId: Number(scored.id) } })).toBe(0);
    expect(await t.db.prisma.auditEvent.count({ where: { cycleId: Number(scored.id), action: "publication.remove" } })).toBe(1);
    expect((await get(`/open-data/cycles/${scored.id}/results.json`)).status).toBe(404);
    expect((await get(`/reports/cycles/${scored.id}/analytical.docx`)).status).toBe(401);
    expect(published).toBeDefined();
  });

  test("publishing without a choice makes the results public without the heads' names; a new choice changes that", async () => {
    const step = await t.gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: PUBLISHED) { status } }`, { c: scored.id }, operator);
    expect(step.errors).toBeUndefined();
    const publication = dataOf(
      await t.gql<{ publication: { showTotal: boolean; showLeaderName: boolean } }>(
        `query($c: ID!) { publication(cycleId: $c) { showTotal showLeaderName } }`,
        { c: scored.id },
      ),
    ).publication;
    expect(publication).toEqual({ showTotal: true, showLeaderName: false });
    const RATINGS = `query($c: ID!) { ratings(cycleId: $c) { rank totalPercent leader { fullName } } }`;
    type Rows = { ratings: { rank: number; totalPercent: number; leader: { fullName: string } | null }[] };
    const anonymous = dataOf(await t.gql<Rows>(RATINGS, { c: scored.id })).ratings;
    expect(anonymous.length).toBeGreaterThan(5);
    expect(anonymous.every((r) => r.rank > 0 && r.leader === null)).toBe(true);
    expect(dataOf(await t.gql<Rows>(RATINGS, { c: scored.id }, leader)).ratings.some((r) => r.leader !== null)).toBe(true);
    const choice = { showLevel: true, showTotal: true, showDirections: true, showLeaderName: true, showAnalyticalReport: true };
    expect((await t.gql(PUBLISH, { c: scored.id, input: choice }, operator)).errors).toBeUndefined();
    expect(dataOf(await t.gql<Rows>(RATINGS, { c: scored.id })).ratings.some((r) => r.leader !== null)).toBe(true);
    expect(await t.db.prisma.auditEvent.count({ where: { cycleId: Number(scored.id), action: "publication.publish" } })).toBe(3);
  });
});
