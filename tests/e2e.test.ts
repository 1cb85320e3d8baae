// The browser path: Debian chromium driven by playwright-core against `npm run demo`.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isPostgres } from "./helpers/db.js";
import { type RunningServer, runProcess, startServerProcess } from "./helpers/process.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

describe.skipIf(isPostgres())("web client in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error("Debian chromium is not installed: apt-get install chromium (.ci/run does)");
    const built = await runProcess(process.execPath, ["--import", "tsx", "core/cli/build-web-if-stale.ts"]);
    expect(built.code, built.output).toBe(0);
    dataDir = mkdtempSync(path.join(tmpdir(), "orientir-e2e-"));
    server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "" }, ["--demo"]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
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
});
