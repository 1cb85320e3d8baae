// «Объективность» in Chromium: ФИС ОКО workbooks of three demo schools (one manipulated) are
// imported into a new cycle over HTTP; the page shows the table with badges, and for the
// manipulated school the histogram with mark boundaries and the peak marked. Saves a screenshot.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateSchool } from "../bench/objectivity/generator.js";
import { fisOkoWorkbook } from "../bench/objectivity/workbook.js";
import { launchChromium } from "./helpers/browser.js";
import { isPostgres } from "./helpers/db.js";
import { type RunningServer, startServerProcess } from "./helpers/process.js";

/** Screenshot to look at after a run (outside the repository). */
const SHOT = path.join(tmpdir(), "orientir-objectivity.png");

describe.skipIf(isPostgres())("«Объективность» page in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let base = "";
  let cookie = "";
  let cycleId = "";
  const schools: { id: string; name: string; login: string }[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "orientir-objectivity-"));
    server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "" }, ["--demo"]);
    base = `http://127.0.0.1:${server.port}`;
    const login = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { login(login: "operator", password: "demo") { id } }` }),
    });
    cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
    cycleId = (await gql<{ createCycle: { id: string } }>(`mutation { createCycle(input: { year: 2026 }) { id } }`)).createCycle.id;
    await gql(`mutation($c: ID!) { setCycleStatus(cycleId: $c, status: COLLECTING) { status } }`, { c: cycleId });
    const orgs = await gql<{
      organizations: { edges: { node: { id: string; name: string; kind: string; fisOkoLogin: string | null } }[] };
    }>(`query { organizations(kind: SCHOOL, first: 50) { edges { node { id name kind fisOkoLogin } } } }`);
    for (const { node } of orgs.organizations.edges)
      if (node.fisOkoLogin && schools.length < 3) schools.push({ ...node, login: node.fisOkoLogin });
    expect(schools).toHaveLength(3);
    const generated = schools.map((s, i) => ({
      login: s.login,
      records:
        generateSchool({ seed: 31 + i, manipulation: i === 2 ? "both" : "none", studentsPerGrade: 60, grades: [5] }).years[0]?.records ??
        [],
    }));
    for (const subject of ["Русский язык", "Математика"]) {
      const bytes = await fisOkoWorkbook({ year: 2026, grade: 5, subject, schools: generated });
      const form = new FormData();
      const query = `mutation($c: ID!, $file: File!) { importFile(cycleId: $c, kind: VPR_RESULTS, file: $file) { rowsImported errors { message } } }`;
      form.append("operations", JSON.stringify({ query, variables: { c: cycleId, file: null } }));
      form.append("map", JSON.stringify({ 0: ["variables.file"] }));
      form.append("0", new Blob([new Uint8Array(bytes)]), `vpr-${subject}.xlsx`);
      const res = await fetch(`${base}/graphql`, { method: "POST", body: form, headers: { cookie, "x-orientir-csrf": "1" } });
      const body = (await res.json()) as { data?: { importFile: { rowsImported: number; errors: unknown[] } } };
      expect(body.data?.importFile).toMatchObject({ rowsImported: 180, errors: [] });
    }
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("the table shows badges with explanations; one organization shows the histogram with boundaries and the peak", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1500 } });
    await page.goto(`${base}/#/login`);
    await page.fill("input[name=login]", "operator");
    await page.fill("input[name=password]", "demo");
    await page.click("button[type=submit]");
    await page.getByText("Рейтинг руководителей").waitFor();
    await page.getByRole("link", { name: "Объективность" }).click();
    await page.goto(`${base}/#/d/objectivity/${cycleId}`);
    await page.getByText("Объективность результатов ВПР").waitFor();
    await page.locator("table tbody tr").first().waitFor();
    expect(await page.locator("table tbody tr").count()).toBe(6);
    await page.getByRole("switch", { name: "Только с сигналами" }).check({ force: true });
    await page.waitForFunction(() => document.querySelectorAll("table tbody tr").length < 6);
    const bad = schools[2] as (typeof schools)[number];
    const flagged = await page.locator("table tbody tr").allInnerTexts();
    expect(flagged.length).toBeGreaterThan(0);
    for (const row of flagged) expect(row).toContain(bad.name);
    await page.goto(`${base}/#/d/objectivity/${cycleId}/${bad.id}`);
    await page.locator("#objectivity-organization svg[aria-label='Распределение первичных баллов']").first().waitFor();
    expect(await page.locator("#objectivity-organization svg[aria-label='Распределение первичных баллов']").count()).toBe(2);
    expect(await page.locator("#objectivity-organization text", { hasText: "пик" }).count()).toBeGreaterThan(0);
    expect(await page.locator("#objectivity-organization text", { hasText: "«3» ≥" }).count()).toBe(2);
    expect(await page.getByText(/понизили \d+ \(\d+ %\)/).count()).toBeGreaterThan(0);
    await page.screenshot({ path: SHOT, fullPage: true });
  });
});
