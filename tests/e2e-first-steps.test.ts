// «Первые шаги» on a new installation, in a browser: an empty database, the administrator imports
// the registry (an .xlsx saved by LibreOffice Calc: mixed kinds, acting heads, Excel dates), an
// operator creates and opens a cycle, fills the monitoring template and imports it, and scores — all in
// the browser — and the rating lists the imported organizations with their heads; the same registry file
// imported again changes nothing; regional staff see the municipalities side by side and choose one.
// Screenshots: tests/screenshots/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRegistry } from "../core/direction/registry.js";
import { seededRandom } from "../core/domain/random.js";
import { directions } from "../plugins/index.js";
import { REGISTRY } from "./fixtures/libreoffice/registry-data.js";
import { launchChromium } from "./helpers/browser.js";
import { isPostgres } from "./helpers/db.js";
import { ROOT, type RunningServer, startServerProcess } from "./helpers/process.js";

const SHOTS = path.join(ROOT, "tests/screenshots");
const PASSWORD = "first-steps-2026";

// Made by LibreOffice from registry-data.ts (tests/fixtures/libreoffice/make-registry.ts).
const REGISTRY_FILE = path.join(ROOT, "tests/fixtures/libreoffice/registry-libreoffice.xlsx");

describe.skipIf(isPostgres())("first steps on an empty database, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let base = "";
  const file = () => REGISTRY_FILE;
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `first-steps-${name}.png`), fullPage: true });
  const api = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, cookie: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return { body: body.data as T, cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] as string };
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dataDir = mkdtempSync(path.join(tmpdir(), "orientir-first-steps-"));
    // A generous start-up limit: on a loaded machine tsx and the migrations take over a minute.
    server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: PASSWORD, DEMO: "" }, [], 240_000);
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const signedIn = async (login: string, password: string) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}/#/login`);
    await page.fill("input[name=login]", login);
    await page.fill("input[name=password]", password);
    await page.click("button[type=submit]");
    await page.getByRole("button", { name: "Выйти" }).waitFor();
    return page;
  };

  test("the administrator imports the registry: dry run, then commit", async () => {
    const page = await signedIn("admin", PASSWORD);
    await page.getByRole("link", { name: "Импорт реестра" }).click();
    await page.getByText("Импорт реестра организаций").waitFor();
    await page.setInputFiles("input[type=file]", file());
    await page.getByRole("button", { name: "Проверить" }).click();
    await page.getByText("Проверка пройдена: строк 6, изменится организаций 6.").waitFor();
    expect(await page.locator("table tbody tr").count()).toBe(12); // 6 new organizations, 6 heads
    await page.getByText("Соколов Андрей Викторович (и.о.) с 02.09.2024").waitFor();
    await shot(page, "1-dry-run");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await page.getByText("Сохранено: строк 6, изменено организаций 6.").waitFor();

    await page.getByRole("link", { name: "Организации" }).click();
    await page.getByRole("link", { name: "МАОУ «Гимназия № 25»" }).waitFor();
    expect(await page.locator("table tbody tr").count()).toBe(6);
    await shot(page, "2-organizations");
    await page.getByRole("link", { name: "МАОУ «Гимназия № 25»" }).click();
    await page.getByText("Руководители (назначения)").waitFor();
    await page.getByRole("link", { name: "Соколов Андрей Викторович" }).waitFor();
    await shot(page, "3-organization");
  }, 60_000);

  test("an operator opens a cycle, enters values and scores: the rating lists the organizations with their heads", async () => {
    const admin = (await api(`mutation($p: String!) { login(login: "admin", password: $p) { id } }`, { p: PASSWORD }, "")).cookie;
    const created = (
      await api<{ createUser: { temporaryPassword: string } }>(
        `mutation { createUser(input: { login: "operator", fullName: "Оператор ЦРО", role: OPERATOR }) { temporaryPassword } }`,
        {},
        admin,
      )
    ).body;
    const password = created.createUser.temporaryPassword;
    // On an empty list of cycles the operator creates the first one and opens collection in the browser.
    const page = await signedIn("operator", password);
    await page.getByRole("link", { name: "Циклы" }).click();
    await page.getByText("Циклов пока нет.").waitFor();
    await page.getByLabel("Отчётный год").fill("2025");
    await page.getByRole("button", { name: "Создать цикл" }).click();
    const title = "Мониторинг эффективности руководителей ОО за 2025 год";
    await page.getByRole("heading", { name: title }).waitFor();
    await page.getByRole("link", { name: title }).waitFor();
    expect(await page.getByText("Циклов пока нет.").count()).toBe(0);
    await page.getByRole("button", { name: "Перевести: «сбор данных»" }).click();
    await page.getByRole("button", { name: "Перевести: «экспертиза»" }).waitFor();
    await shot(page, "4-cycle-collecting");
    const cycle = new URL(page.url()).hash.split("/").pop() as string;
    const operator = (await api(`mutation($p: String!) { login(login: "operator", password: $p) { id } }`, { p: password }, "")).cookie;
    type Organizations = {
      organizations: { edges: { node: { id: string; inn: string; kind: "SCHOOL" | "PRESCHOOL" | "ADDITIONAL"; contingent: number } }[] };
    };
    const orgs = (await api<Organizations>(`{ organizations(first: 50) { edges { node { id inn kind contingent } } } }`, {}, operator)).body
      .organizations.edges;
    const registry = createRegistry(directions);
    const samples = new Map(
      orgs.map(({ node }, index) => [
        node.inn,
        registry.directions.flatMap((direction) => {
          const random = seededRandom(2025 * 1000 + index * 17 + Number(direction.code.slice(1)));
          const sample =
            direction.sampleData?.({ kind: node.kind, year: 2025, random, quality: 0.4 + index / 10, contingent: node.contingent }) ?? {};
          return Object.entries(sample).filter((entry): entry is [string, string | number | boolean] => entry[1] !== null);
        }),
      ]),
    );
    // The operator fills the monitoring template as in Excel and imports it in the browser; expert
    // judgements (enteredBy: expert) are the assigned expert's, entered here through the API.
    const template = await (
      await fetch(`${base}/templates/cycles/${cycle}/monitoring.xlsx`, { headers: { cookie: operator } })
    ).arrayBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template);
    const byExpert = new Map<string, { element: string; value: string }[]>();
    for (const sheet of workbook.worksheets.filter((s) => s.name !== "Инструкция")) {
      const codes = (sheet.getRow(2).values as string[]).slice(1);
      sheet.eachRow((row, number) => {
        if (number < 3) return;
        for (const [element, value] of samples.get(String(row.getCell(1).value)) ?? []) {
          const column = codes.indexOf(element);
          const definition = registry.element(element);
          if (column < 0 || !definition) continue;
          if (definition.enteredBy === "expert") {
            const id = orgs.find((o) => o.node.inn === String(row.getCell(1).value))?.node.id as string;
            byExpert.set(id, [...(byExpert.get(id) ?? []), { element, value: String(value) }]);
            continue;
          }
          row.getCell(column + 1).value =
            typeof value === "boolean"
              ? value
                ? "да"
                : "нет"
              : definition.type === "level"
                ? (definition.options.find((o) => o.value === value)?.label ?? value)
                : value;
        }
      });
    }
    const filled = path.join(dataDir, "monitoring-2025.xlsx");
    writeFileSync(filled, Buffer.from(await workbook.xlsx.writeBuffer()));
    for (const [id, values] of byExpert)
      await api(
        `mutation($c: ID!, $o: ID!, $v: [DataValueInput!]!) { setDataValues(cycleId: $c, organizationId: $o, values: $v) { element } }`,
        { c: cycle, o: id, v: values },
        operator,
      );
    await page.getByRole("link", { name: "Сбор данных" }).click();
    await page.getByText("Полнота данных").waitFor();
    await page.setInputFiles("input[type=file]", filled);
    await page.getByRole("button", { name: "Проверить" }).click();
    await page.getByText(/Проверка пройдена: строк \d+/).waitFor({ timeout: 60_000 });
    await shot(page, "5-template-dry-run");
    // The first cycle has no previous year: no outliers to confirm.
    expect(await page.locator("[data-import-outliers]").count()).toBe(0);
    await page.getByRole("button", { name: "Сохранить" }).click();
    await page.getByText(/Сохранено: строк \d+/).waitFor({ timeout: 60_000 });
    await page.getByRole("link", { name: "Циклы" }).click();
    await page.getByRole("button", { name: "Рассчитать баллы" }).click();
    await page.getByText("Баллы пересчитаны").waitFor({ timeout: 60_000 });
    await page.getByRole("link", { name: "Рейтинг" }).click();
    await page.getByText("Рейтинг руководителей").waitFor();
    await page.locator("table tbody tr").first().waitFor();
    for (const [, short, , , , head] of REGISTRY.filter((r) => ["СОШ", "гимназия", "ООШ"].includes(r[2]))) {
      const row = page.locator("table tbody tr", { hasText: short });
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toContain(head);
    }
    await shot(page, "6-rating");
  }, 120_000);

  test("the same file imported again changes nothing", async () => {
    const page = await signedIn("admin", PASSWORD);
    await page.goto(`${base}/#/registry-import`);
    await page.setInputFiles("input[type=file]", file());
    await page.getByRole("button", { name: "Проверить" }).click();
    await page.getByText("Проверка пройдена: строк 6, изменится организаций 0 — реестр уже совпадает с файлом.").waitFor();
    expect(await page.getByRole("button", { name: "Сохранить" }).isDisabled()).toBe(true);
    await shot(page, "6-second-import");
  }, 60_000);
  test("regional staff see the municipalities side by side", async () => {
    const admin = (await api(`mutation($p: String!) { login(login: "admin", password: $p) { id } }`, { p: PASSWORD }, "")).cookie;
    await api(`mutation { createMunicipality(name: "Алапаевск") { id } }`, {}, admin);
    const page = await signedIn("admin", PASSWORD);
    await page.getByRole("link", { name: "Регион", exact: true }).click();
    await page.getByText("Муниципалитеты региона").waitFor();
    await page.locator("table tbody tr").nth(1).waitFor();
    const rows = await page.locator("table tbody tr").allInnerTexts();
    expect(rows).toHaveLength(2);
    const fresh = rows.find((r) => r.includes("Алапаевск"));
    const ours = rows.find((r) => !r.includes("Алапаевск"));
    expect(fresh).toContain("циклов нет");
    expect(ours).toMatch(/2025 · срок 01\.02\.2026/);
    expect(ours).toMatch(/высокий: \d+/i);
    await shot(page, "7-region");
  }, 60_000);
  test("a regional operator chooses the municipality in the header: its cycles and its organizations", async () => {
    const admin = (await api(`mutation($p: String!) { login(login: "admin", password: $p) { id } }`, { p: PASSWORD }, "")).cookie;
    const created = await api<{ createUser: { temporaryPassword: string } }>(
      `mutation { createUser(input: { login: "region-operator", fullName: "Оператор области", role: OPERATOR }) { temporaryPassword } }`,
      {},
      admin,
    );
    const page = await signedIn("region-operator", created.body.createUser.temporaryPassword);
    const picker = page.getByRole("textbox", { name: "Муниципалитет" }).or(page.getByRole("combobox", { name: "Муниципалитет" }));
    await picker.first().waitFor();
    // Municipalities come in name order: the new, empty «Алапаевск» is the first choice.
    expect(await picker.first().inputValue()).toBe("Алапаевск");
    await page.getByRole("link", { name: "Циклы" }).click();
    await page.getByText("Циклов пока нет.").waitFor();
    await page.getByLabel("Отчётный год").fill("2026");
    await page.getByRole("button", { name: "Создать цикл" }).click();
    await page.getByRole("link", { name: "Мониторинг эффективности руководителей ОО за 2026 год" }).waitFor();
    expect(await page.locator("table tbody tr").count()).toBe(1);
    await page.getByRole("link", { name: "Организации" }).click();
    await page.getByText("Ничего не найдено.").waitFor();
    await shot(page, "8-region-operator-alapaevsk");

    await picker.first().click();
    await page.getByRole("option").filter({ hasNotText: "Алапаевск" }).first().click();
    await page.getByRole("link", { name: "МАОУ «Гимназия № 25»" }).waitFor();
    await page.getByRole("link", { name: "Циклы" }).click();
    await page.getByRole("link", { name: "Мониторинг эффективности руководителей ОО за 2025 год" }).waitFor();
    expect(await page.getByRole("link", { name: "Мониторинг эффективности руководителей ОО за 2026 год" }).count()).toBe(0);
    await shot(page, "9-region-operator-home");
  }, 60_000);
});
