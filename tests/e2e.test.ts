// The browser path: Debian chromium driven by playwright-core against `npm run demo`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "./helpers/browser.js";
import { isPostgres } from "./helpers/db.js";
import { type RunningServer, startServerProcess } from "./helpers/process.js";

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

  test("the operator checks and saves the monitoring template of a new cycle in the browser", async () => {
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
    const template = Buffer.from(
      await (await fetch(`${base}/templates/cycles/${cycle}/monitoring.xlsx?direction=D6`, { headers: { cookie } })).arrayBuffer(),
    );
    const file = path.join(dataDir, "monitoring-2026.xlsx");
    (await import("node:fs")).writeFileSync(file, template);

    const context = await browser.newContext();
    await context.addCookies([{ name: "orientir_session", value: cookie.split("=")[1] as string, url: base }]);
    const page = await context.newPage();
    await page.goto(`${base}/#/intake`);
    await page.getByText("Полнота данных").waitFor();
    await page.setInputFiles("input[type=file]", file);
    await page.getByRole("button", { name: "Проверить" }).click();
    await page.getByText(/Проверка пройдена: строк 35/).waitFor();
    await page.getByRole("button", { name: "Сохранить" }).click();
    await page.getByText(/Сохранено: строк 35/).waitFor();
    // The upload field may still show the chosen name; the list of imports is what proves the save.
    await page.getByRole("cell", { name: "monitoring-2026.xlsx" }).waitFor();
  });
});
