// Reports and publication in a browser against `npm run demo`: the operator's «Отчёты» page, the
// publication dialog with its preview, the public page without signing in, the head's card.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "./helpers/browser.js";
import { isPostgres } from "./helpers/db.js";
import { type RunningServer, startServerProcess } from "./helpers/process.js";

const SHOTS = path.resolve(import.meta.dirname, "screenshots");

describe.skipIf(isPostgres())("reports and publication in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  const url = (hash: string) => `http://127.0.0.1:${server.port}/${hash}`;

  const signIn = async (page: Page, login: string) => {
    await page.goto(url("#/login"));
    await page.fill("input[name=login]", login);
    await page.fill("input[name=password]", "demo");
    await page.click("button[type=submit]");
    await page.getByText("Выйти").waitFor();
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dataDir = mkdtempSync(path.join(tmpdir(), "orientir-e2e-reports-"));
    server = await startServerProcess(
      { DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "", REPORTS_PDF_ENGINE: "pdfkit" },
      ["--demo"],
      220_000,
    );
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("the operator downloads documents and publishes with a preview; everyone sees exactly that", async () => {
    const operator = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    await signIn(operator, "operator");
    await operator.goto(url("#/reports"));
    await operator.getByRole("heading", { name: "Документы цикла" }).waitFor();
    expect(await operator.getByRole("button", { name: "Скачать" }).count()).toBe(4);
    const download = operator.waitForEvent("download");
    await operator.locator("button[data-url$='rating.xlsx']").click();
    expect((await download).suggestedFilename()).toMatch(/^Рейтинг — 2025\.xlsx$/);
    await operator.getByText("Готово").waitFor();
    await operator.screenshot({ path: path.join(SHOTS, "reports-1-operator.png") });

    await operator.getByRole("button", { name: "Опубликовать…" }).click();
    const dialog = operator.getByRole("dialog");
    await dialog.getByText("Предпросмотр публичной страницы").waitFor();
    await dialog.getByRole("columnheader", { name: "Итог" }).waitFor();
    await dialog.getByLabel("Итоговый процент и место").uncheck();
    await expect.poll(() => dialog.getByRole("columnheader", { name: "Итог" }).count()).toBe(0);
    await dialog.getByRole("columnheader", { name: "Уровень" }).waitFor();
    await operator.screenshot({ path: path.join(SHOTS, "reports-2-publish-preview.png") });
    await dialog.getByRole("button", { name: "Опубликовать" }).click();
    await dialog.waitFor({ state: "hidden" });
    await operator.getByText(/Опубликовано \d\d\.\d\d\.\d{4}: уровень, направления, аналитическая справка/).waitFor();

    const anonymous = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await anonymous.goto(url("#/public"));
    await anonymous.getByRole("heading", { name: "Открытые результаты мониторинга" }).waitFor();
    await anonymous.getByText(/организаций: \d+/).waitFor();
    expect(await anonymous.getByRole("columnheader", { name: "Итог" }).count()).toBe(0);
    expect(await anonymous.getByRole("columnheader", { name: "Руководитель" }).count()).toBe(0);
    await anonymous.getByRole("columnheader", { name: "Уровень" }).waitFor();
    await anonymous.locator(".recharts-surface").first().waitFor();
    await anonymous.screenshot({ path: path.join(SHOTS, "reports-3-public.png"), fullPage: true });
  }, 180_000);

  test("the head downloads their card from their scorecard", async () => {
    const head = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    await signIn(head, "leader");
    await head.goto(url("#/reports"));
    await head.getByRole("heading", { name: "Документы цикла" }).waitFor();
    const link = head.locator("button[data-url*='/card.pdf']");
    await link.waitFor();
    const cardUrl = (await link.getAttribute("data-url")) as string;
    const [, cycleId, organizationId] = /cycles\/(\d+)\/organizations\/(\d+)/.exec(cardUrl) ?? [];
    await head.goto(url(`#/scorecard/${cycleId}/${organizationId}`));
    await head.getByText("Карта руководителя:").waitFor();
    const download = head.waitForEvent("download");
    await head.getByRole("button", { name: "PDF" }).click();
    expect((await download).suggestedFilename()).toMatch(/^Карта руководителя — .+ — 2025\.pdf$/);
    await head.screenshot({ path: path.join(SHOTS, "reports-4-head-card.png") });
  }, 120_000);
});
