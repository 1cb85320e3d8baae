// The browser path: Debian chromium driven by playwright-core against `npm run demo`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { expectAccessible } from "./helpers/axe.js";
import { launchChromium } from "./helpers/browser.js";
import { isPostgres } from "./helpers/db.js";
import { recordAttribute } from "./helpers/observe.js";
import { type RunningServer, startServerProcess } from "./helpers/process.js";

const SHOTS = path.resolve(import.meta.dirname, "screenshots");

describe.skipIf(isPostgres())("web client in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "orientir-e2e-"));
    server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "" }, ["--demo"]);
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("login page lists the demo accounts; the operator sees ratings and a scorecard", async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.port}/#/login`);
    await page.getByText("Демонстрационный режим").waitFor();
    for (const login of ["admin", "operator", "expert", "department", "leader"])
      expect(await page.locator("li b", { hasText: login }).count()).toBe(1);
    await page.fill("input[name=login]", "operator");
    await page.fill("input[name=password]", "demo");
    await page.click("button[type=submit]");
    await page.getByText("Рейтинг руководителей").waitFor();
    await page.locator("table tbody tr").first().waitFor();
    expect(await page.locator("table tbody tr").count()).toBeGreaterThan(5);
    expect(await page.locator("text=срок 01.02.2026").count()).toBe(1);
    await page.locator("table tbody a").first().click();
    await page.getByText("Адресные рекомендации").waitFor();
    expect(await page.locator("text=D9. Оценка компетенций руководителя").count()).toBe(1);
  });

  test("a wrong password shows the Russian error; the methodology is public", async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.port}/#/login`);
    await page.fill("input[name=login]", "operator");
    await page.fill("input[name=password]", "не тот");
    await page.click("button[type=submit]");
    await page.getByText("Неверный логин или пароль.").waitFor();
    await page.goto(`http://127.0.0.1:${server.port}/#/directions`);
    await page.getByText("Методика: направления и показатели").waitFor();
    await page.getByText("Оценка компетенций руководителя").waitFor();
    expect(await page.locator(".mantine-Accordion-item").count()).toBe(9);
  });

  // Before the next test: it opens a 2026 cycle, which the review page would then pick by default.
  test("the operator sees the demo's finished review of 2025 on «Экспертиза»", async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.port}/#/login`);
    await page.fill("input[name=login]", "operator");
    await page.fill("input[name=password]", "demo");
    await page.click("button[type=submit]");
    await page.getByText("Рейтинг руководителей").waitFor();
    await page.getByRole("link", { name: "Экспертиза" }).click();
    await page.getByText("экспертиза завершена").waitFor();
    expect(await page.getByRole("combobox", { name: "Цикл мониторинга" }).inputValue()).toBe("2025 · оценён");
    // The queue is grouped by organization (ten per page), a badge per direction.
    const rows = page.locator("table tbody tr[data-organization]");
    expect(await rows.count()).toBeGreaterThan(9);
    const units = page.locator("[data-unit]");
    expect(await units.count()).toBeGreaterThan(9);
    expect(await units.filter({ hasText: "принято" }).count()).toBe(await units.count());
    await page.locator('[data-unit$="|D9"]').first().click();
    await page.getByText("Значения направления").waitFor();
    expect(await page.getByRole("button", { name: "Принять" }).count()).toBe(0);
  });

  test("the operator imports the monitoring template: errors, progress, «было → стало», outliers confirmed, saved", async () => {
    const base = `http://127.0.0.1:${server.port}`;
    const gql = async (query: string, cookie: string) =>
      (await (
        await fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data: Record<string, { id: string }> };
    const login = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { login(login: "operator", password: "demo") { id } }` }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
    const cycle = (await gql(`mutation { createCycle(input: { year: 2026 }) { id } }`, cookie)).data.createCycle?.id;
    await gql(`mutation { setCycleStatus(cycleId: "${cycle}", status: COLLECTING) { id } }`, cookie);
    const template = await (
      await fetch(`${base}/templates/cycles/${cycle}/monitoring.xlsx?direction=D6`, { headers: { cookie } })
    ).arrayBuffer();
    // Row 3 is the first organization: last year it had a few dozen teachers, so 9 999 is an outlier.
    const fill = async (name: string, cells: Record<string, string | number>) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template);
      const sheet = workbook.getWorksheet("D6") as ExcelJS.Worksheet;
      const codes = (sheet.getRow(2).values as string[]).slice(1);
      for (const [at, value] of Object.entries(cells)) {
        const [row, code] = at.split("|") as [string, string];
        sheet.getRow(Number(row)).getCell(codes.indexOf(code) + 1).value = value;
      }
      const file = path.join(dataDir, name);
      writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
      return { file, school: String(sheet.getRow(3).getCell(2).value) };
    };
    const wrong = await fill("monitoring-wrong.xlsx", { "3|staff.teachers": "много" });
    const right = await fill("monitoring-2026.xlsx", { "3|staff.teachers": 9999, "4|staff.under35": 3 });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: "orientir_session", value: cookie.split("=")[1] as string, url: base }]);
    const page = await context.newPage();
    await page.goto(`${base}/#/intake`);
    await page.getByText("Полнота данных").waitFor();
    const check = page.getByRole("button", { name: "Проверить" });
    const save = page.getByRole("button", { name: "Сохранить" });

    await page.setInputFiles("input[type=file]", wrong.file);
    await check.click();
    await page.getByText("Файл не импортирован: 1 ошибка").waitFor();
    expect(await page.getByRole("cell", { name: "3", exact: true }).count()).toBeGreaterThan(0);
    expect(await save.isDisabled()).toBe(true);

    // The bar shows while the request runs; an observer records it however fast the import is.
    const importStages = await recordAttribute(page, "data-import-progress");
    await page.setInputFiles("input[type=file]", right.file);
    expect(await page.getByText("Файл не импортирован").count()).toBe(0);
    await check.click();
    await page.getByText(/Проверка пройдена: строк 35, изменений значений 2/).waitFor();
    expect((await importStages()).length).toBeGreaterThan(0);
    const changes = page.locator("[data-import-changes] tbody tr");
    expect(await changes.count()).toBe(2);
    const teachers = changes.filter({ hasText: "Общая численность педагогических работников" });
    expect(await teachers.locator("td").allTextContents()).toEqual([
      right.school,
      "Общая численность педагогических работников",
      "—",
      "9999 чел.",
    ]);
    const outliers = page.locator("[data-import-outliers]");
    await outliers.getByText(/9999 против \d+ в 2025 году/).waitFor();
    expect(await outliers.textContent()).toContain(right.school);
    expect(await save.isDisabled()).toBe(true);
    await expectAccessible(page, "intake dry run");
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, "intake-dry-run.png"), fullPage: true });

    await page.getByLabel("Значения проверены по документам организации — сохранить как есть").check();
    await save.click();
    await page.getByText(/Сохранено: строк 35, изменений значений 2/).waitFor();
    // The upload field may still show the chosen name; the list of imports is what proves the save.
    await page.getByRole("cell", { name: "monitoring-2026.xlsx" }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "intake-saved.png"), fullPage: true });
    await context.close();
  });
});
